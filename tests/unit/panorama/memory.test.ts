/**
 * The largest photo the site accepts (16384×8192) must go through the whole pipeline, and through a
 * whole `astro build` of a site holding it, within 1 GiB peak RSS, so a build never dies on a small
 * CI machine. Measured in processes of their own.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { measureSiteBuild } from '../../../scripts/bench/pipeline/site-build.ts';
import { makePanorama, tempDir } from './fixtures.ts';

let dir: string;
let photo: string;

beforeAll(async () => {
  dir = await tempDir();
  photo = join(dir, 'huge.jpg');
  await sharp(await makePanorama(2048)).resize(16384, 8192).jpeg({ quality: 80 }).toFile(photo);
}, 60_000);

it('derives a 16384×8192 photo within 1 GiB peak RSS', { timeout: 120_000 }, async () => {
  const out = execFileSync(process.execPath, ['scripts/bench/pipeline/worker.ts', 'ours', photo, join(dir, 'cache')], { encoding: 'utf8' });
  const result = JSON.parse(out.trim().split('\n').at(-1)!) as { ms?: number; maxRssMiB?: number; error?: string };
  expect(result.error).toBeUndefined();
  expect(result.maxRssMiB).toBeLessThan(1024);
});

// Issue 14, item 6: 1.2–1.3 GiB before levels above 4096 px were streamed instead of decoded whole.
it('builds a one-scene site holding a 16384×8192 photo within 1 GiB peak RSS', { timeout: 300_000 }, async () => {
  const result = await measureSiteBuild(photo, join(dir, 'site'));
  expect(result.error).toBeUndefined();
  expect(result.treePeakMiB).toBeLessThan(1024);
  expect(result.maxRssMiB).toBeLessThan(1024);
});
