/**
 * `npm run bench:pipeline`: time and peak RSS of our whole derivative set (tiles, base, thumbnails,
 * posters, placeholder) against a bare `sharp(photo).tile()` (libvips dzsave) of the same photo, in
 * the same run; then the unchanged-rebuild time and a 16384×8192 photo, through the pipeline alone and
 * through a whole `astro build` of a one-scene site (site-build.ts). `--write` puts the tables in
 * BENCHMARKS.md. Each measurement runs in its own process so its peak RSS is its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import sharp from 'sharp';
import { preparePanorama } from '../../../src/panorama/prepare.ts';
import { measureSiteBuild } from './site-build.ts';
import { writeBenchmarkSection } from '../benchmarks-md.ts';
import { benchPhotos, type BenchPhoto } from './photos.ts';
import { measureFormats } from './formats.ts';
import { benchVideo } from './video.ts';

const WORK = 'node_modules/.cache/hg360/bench-pipeline';
const WORKER = join(import.meta.dirname, 'worker.ts');

interface Measure {
  ms?: number;
  maxRssMiB?: number;
  error?: string;
}

function measure(mode: 'ours' | 'bare', photo: BenchPhoto, outDir: string): Measure {
  const args = [WORKER, mode, photo.path, outDir, ...(photo.partial ? [JSON.stringify(photo.partial)] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Measure;
}

const formatsPhotoFor = (photos: BenchPhoto[]) => photos.find((p) => p.name.includes('jfk')) ?? photos.find((p) => !p.partial) ?? photos[0]!;
const fmt = (v: number | undefined, digits = 0) => (v === undefined ? '—' : v.toFixed(digits));

/** `--video` runs only the video section (issue 18). */
async function videoOnly(write: boolean): Promise<void> {
  const { photos } = benchPhotos();
  const photo = formatsPhotoFor(photos);
  const section = await benchVideo(photo.path, photo.name, WORK);
  console.log(`\n${section}`);
  if (write) await writeBenchmarkSection('BENCHMARKS.md', '## Video pipeline (bench:pipeline)', section);
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  if (process.argv.includes('--video')) return videoOnly(write);
  const { photos, source } = benchPhotos();
  await rm(WORK, { recursive: true, force: true });
  const rows: string[] = [];
  let oursTotal = 0;
  let bareTotal = 0;
  console.log(`bench:pipeline on ${photos.length} photos from ${source}\n`);
  for (const photo of photos) {
    const dir = join(WORK, basename(photo.name, '.jpg'));
    const bare = measure('bare', photo, join(dir, 'bare'));
    const ours = measure('ours', photo, join(dir, 'ours'));
    const meta = await sharp(photo.path).metadata();
    if (ours.ms && bare.ms) {
      oursTotal += ours.ms;
      bareTotal += bare.ms;
    }
    const row = `| ${photo.name} | ${meta.width}×${meta.height} | ${fmt(bare.ms)} | ${fmt(ours.ms)} | ${ours.ms && bare.ms ? `${(ours.ms / bare.ms).toFixed(2)}×` : '—'} | ${fmt(bare.maxRssMiB)} | ${fmt(ours.maxRssMiB)} |${ours.error ? ` refused: ${ours.error}` : ''}`;
    rows.push(row);
    console.log(row);
  }

  // Unchanged rebuild: every photo again, in one process, against the caches made above.
  const started = performance.now();
  for (const photo of photos) {
    await preparePanorama(
      { photo: basename(photo.path), view: { yaw: 0, pitch: 0, zoom: 50 }, ...(photo.partial ? { partial: photo.partial } : {}) },
      { root: dirname(photo.path), cacheDir: join(WORK, basename(photo.name, '.jpg'), 'ours') },
    ).catch(() => undefined);
  }
  const unchangedMs = performance.now() - started;

  // The largest photo the site accepts must fit in 1 GiB.
  const hugePath = join(WORK, 'huge-16384x8192.jpg');
  if (!existsSync(hugePath)) {
    await mkdir(WORK, { recursive: true });
    await sharp(formatsPhotoFor(photos).path).resize(16384, 8192, { fit: 'fill' }).jpeg({ quality: 85 }).toFile(hugePath);
  }
  const huge = { path: hugePath, name: `16384×8192 (${formatsPhotoFor(photos).name} upscaled)` };
  const hugeBare = measure('bare', huge, join(WORK, 'huge', 'bare'));
  const hugeOurs = measure('ours', huge, join(WORK, 'huge', 'ours'));
  // What an editor's build really holds: Astro, Vite and the pages as well as the pipeline.
  const hugeSite = await measureSiteBuild(hugePath);
  if (hugeSite.error) console.error(hugeSite.error);
  const sitePeak = hugeSite.treePeakMiB === undefined || hugeSite.maxRssMiB === undefined ? undefined : Math.max(hugeSite.treePeakMiB, hugeSite.maxRssMiB);

  const ratio = oursTotal / bareTotal;
  // A real 4096-px photo shows format differences best (the first one may be a small or partial one).
  const formatsPhoto = formatsPhotoFor(photos);
  const formats = await measureFormats(formatsPhoto.path);
  const section = `## Panorama pipeline (bench:pipeline)

\`npm run bench:pipeline\` — ${new Date().toISOString().slice(0, 10)}, ${photos.length} photos from ${source}, on this 2-core machine.
"ours" is the whole derivative set of \`src/panorama/prepare.ts\` (WebP tile pyramid, base image, thumbnails,
posters 1280×720 / 640×360 / 640×800 / Open Graph 1200×630, thumbhash placeholder) from a cold cache; "bare"
is \`sharp(photo).tile()\` (libvips dzsave defaults) of the same photo. Each in its own process; peak RSS of that
process.

| photo | size | bare tile() ms | ours ms | ours / bare | bare peak RSS MiB | ours peak RSS MiB |
|---|---|---:|---:|---:|---:|---:|
${rows.join('\n')}
| **all photos** | | **${fmt(bareTotal)}** | **${fmt(oursTotal)}** | **${ratio.toFixed(2)}×** | | |
| ${huge.name} | 16384×8192 | ${fmt(hugeBare.ms)} | ${fmt(hugeOurs.ms)} | ${hugeOurs.ms && hugeBare.ms ? `${(hugeOurs.ms / hugeBare.ms).toFixed(2)}×` : '—'} | ${fmt(hugeBare.maxRssMiB)} | ${fmt(hugeOurs.maxRssMiB)} |${hugeOurs.error ? ` ${hugeOurs.error}` : ''}

The partial photo (150° wide, no GPano) becomes a full sphere at its own angular resolution (9838×4919, three
tile levels), so it writes far more than \`tile()\` of the 4096×1480 file: its ratio is not like for like.

The whole build of a one-scene site holding the 16384×8192 photo (\`astro build\`, cold panorama cache,
\`scripts/bench/pipeline/site-build.ts\`): **${fmt(hugeSite.ms)} ms**, peak RSS of the build's process tree
**${fmt(hugeSite.treePeakMiB)} MiB** (summed over its processes, sampled every 20 ms), of its largest process
${fmt(hugeSite.maxRssMiB)} MiB (\`time -v\`)${hugeSite.atPeak ? `; at the peak: ${hugeSite.atPeak} MiB` : ''}.${hugeSite.error ? ` Failed: ${hugeSite.error.split('\n')[0]}` : ''}
Levels wider than 4096 px are tiled by libvips as the photo streams through it; only a 4096-px decode is
held in memory (issue 14). Before that change: 1206–1304 MiB for the same build, 712–766 MiB for the pipeline.

Unchanged rebuild of all ${photos.length} photos (hash check, cached files found, placeholder recomputed): **${fmt(unchangedMs)} ms**.

| goal | result | met |
|---|---|---|
| full set ≤ 1.5× bare tile time | ${ratio.toFixed(2)}× | ${ratio <= 1.5 ? 'yes' : 'no'} |
| unchanged rebuild of 15 photos ≤ 2 s | ${fmt(unchangedMs)} ms for ${photos.length} | ${unchangedMs <= 2000 ? 'yes' : 'no'} |
| 16384×8192 within 1 GiB peak RSS, pipeline alone | ${fmt(hugeOurs.maxRssMiB)} MiB | ${hugeOurs.maxRssMiB !== undefined && hugeOurs.maxRssMiB <= 1024 ? 'yes' : 'no'} |
| 16384×8192 within 1 GiB peak RSS, whole \`astro build\` | ${fmt(sitePeak)} MiB | ${sitePeak !== undefined && sitePeak <= 1024 ? 'yes' : 'no'} |

${formats}
`;
  console.log(`\n${section}`);
  if (write) await writeBenchmarkSection('BENCHMARKS.md', '## Panorama pipeline (bench:pipeline)', section);
  await videoOnly(write);
}

await main();
