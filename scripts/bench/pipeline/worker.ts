/**
 * One measurement in a process of its own, so its peak RSS is its own:
 *   node worker.ts ours|bare <photo> <outDir> [partialJson]
 * Prints one JSON line: { ms, maxRssMiB } or { error }.
 */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import { preparePanorama } from '../../../src/panorama/prepare.ts';

const [mode, photo, outDir, partialJson] = process.argv.slice(2) as [string, string, string, string | undefined];
await mkdir(outDir, { recursive: true });
const started = performance.now();
try {
  if (mode === 'bare') {
    // libvips dzsave with its defaults: the "just tile it" baseline.
    await sharp(photo).tile().toFile(join(outDir, 'bare.dz'));
  } else {
    await preparePanorama(
      { photo: basename(photo), view: { yaw: 0, pitch: 0, zoom: 50 }, ...(partialJson ? { partial: JSON.parse(partialJson) } : {}) },
      { root: dirname(photo), cacheDir: outDir },
    );
  }
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
} catch (error) {
  console.log(JSON.stringify({ error: (error as Error).message }));
}
