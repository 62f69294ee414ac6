/**
 * A whole `astro build` of a one-scene site holding the largest photo the site accepts
 * (16384×8192) peaks within 1 GiB RSS, Astro, Vite and the pages included (issue 14, item 6: 1.2–1.3 GiB
 * while the pipeline decoded the whole sphere). No browser: it sits with the e2e tests because it
 * is a whole build, and they run one file at a time, so nothing else competes for the two cores.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { measureSiteBuild } from '../../scripts/bench/pipeline/site-build.ts';
import { makePanorama, tempDir } from '../unit/panorama/fixtures.ts';

let dir: string;
let photo: string;

beforeAll(async () => {
  dir = await tempDir();
  photo = join(dir, 'huge.jpg');
  await sharp(await makePanorama(2048)).resize(16384, 8192).jpeg({ quality: 80 }).toFile(photo);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('builds a one-scene site holding a 16384×8192 photo within 1 GiB peak RSS', { timeout: 300_000 }, async () => {
  const result = await measureSiteBuild(photo, join(dir, 'site'));
  expect(result.error).toBeUndefined();
  // The build's process tree summed, and its largest process as the kernel counted it.
  expect(result.treePeakMiB).toBeLessThan(1024);
  expect(result.maxRssMiB).toBeLessThan(1024);
});
