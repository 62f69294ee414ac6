/**
 * The largest photo the site accepts (16384×8192) must go through the whole pipeline within
 * 1 GiB peak RSS, so a build never dies on a small CI machine. Measured in a process of its own.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { makePanorama, tempDir } from './fixtures.ts';

it('derives a 16384×8192 photo within 1 GiB peak RSS', { timeout: 120_000 }, async () => {
  const dir = await tempDir();
  const photo = join(dir, 'huge.jpg');
  await sharp(await makePanorama(2048)).resize(16384, 8192).jpeg({ quality: 80 }).toFile(photo);
  const out = execFileSync(process.execPath, ['scripts/bench/pipeline/worker.ts', 'ours', photo, join(dir, 'cache')], { encoding: 'utf8' });
  const result = JSON.parse(out.trim().split('\n').at(-1)!) as { ms?: number; maxRssMiB?: number; error?: string };
  expect(result.error).toBeUndefined();
  expect(result.maxRssMiB).toBeLessThan(1024);
});
