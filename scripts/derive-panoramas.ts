/**
 * `npm run derive:panoramas`, also the first step of `npm run build`: makes every scene's
 * derivatives (tiles, posters, thumbnails, video renditions) into the derivative cache without
 * building pages, so CI can fill the cache ahead of the build, or split the work across machines: `HG360_SHARD=2/4 npm run derive:panoramas` makes
 * only the second quarter of the photos (src/panorama/shard.ts). Each machine saves its cache
 * folders; the build machine merges them and `npm run build` then derives nothing
 * (docs/scaling.md). Scenes with problems are skipped: the content checks and the build report them.
 * In its own process before `astro build`, the photo work's memory (libvips, decoded spheres) is
 * given back before Astro loads and renders every page: the build's peak RSS stops growing with the
 * number of new photos (issue 20: 1.8 GiB for a cold 150-scene build with both in one process).
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BuildSettingError, panoramaCacheDir, parseShard } from '../src/build/env-settings.ts';
import { defaultConcurrency, mapBounded } from '../src/panorama/pool.ts';
import { preparePanorama, type PipelineContext } from '../src/panorama/prepare.ts';
import { inShard } from '../src/panorama/shard.ts';
import { prepareVideo } from '../src/video/prepare-video.ts';
import { checkScene } from '../src/validate/check-scene.ts';
import { loadContent } from '../src/validate/load-content.ts';
import { contentFolders } from '../src/validate/validate-content.ts';
import type { Scene } from '../src/schemas/scene.ts';

interface Job {
  /** The picture's path relative to the project root, as the pipeline names it. */
  file: string;
  kind: 'photo' | 'video';
  /** The opening view (the posters are rendered for it) and, for the scene's own picture, its coverage. */
  request: Pick<Scene, 'view' | 'partial'>;
}

/** Every picture the build will derive: each scene's photo or video and its variants' photos. */
async function jobsOf(root: string): Promise<Job[]> {
  const { files } = await loadContent(contentFolders(root));
  const jobs: Job[] = [];
  for (const file of files.filter((f) => f.kind === 'scene')) {
    const { data } = await checkScene(file);
    if (!data) continue;
    const beside = (name: string) => relative(root, join(file.dir, name));
    // The same requests as the data layer makes (src/data/tours.ts, scene-media.ts), so the hashes match.
    const own = { view: data.view, ...(data.partial ? { partial: data.partial } : {}) };
    if (data.video) jobs.push({ file: beside(data.video), kind: 'video', request: own });
    else if (data.photo) jobs.push({ file: beside(data.photo), kind: 'photo', request: own });
    for (const variant of data.variants) jobs.push({ file: beside(variant.photo), kind: 'photo', request: { view: data.view } });
  }
  return jobs;
}

async function derive(job: Job, context: PipelineContext): Promise<void> {
  if (job.kind === 'video') await prepareVideo({ video: job.file, ...job.request }, context);
  else await preparePanorama({ photo: job.file, ...job.request }, context);
}

async function main(): Promise<void> {
  const root = process.cwd();
  const shard = parseShard(process.env.HG360_SHARD);
  const { toursDir, articlesDir } = contentFolders(root);
  const context: PipelineContext = { root, cacheDir: panoramaCacheDir(root), contentDirs: [toursDir, articlesDir] };
  const jobs = defaultConcurrency();
  const all = await jobsOf(root);
  const mine: Job[] = [];
  for (const job of all) if (inShard(await readFile(join(root, job.file)).catch(() => Buffer.alloc(0)), shard)) mine.push(job);
  const which = shard ? `shard ${shard.index}/${shard.count}: ${mine.length} of ${all.length}` : `${all.length}`;
  console.info(`[derive] ${which} pictures into ${relative(root, context.cacheDir) || '.'}, ${jobs} at once`);
  const started = performance.now();
  let failed = 0;
  await mapBounded(mine, jobs, async (job) => {
    await derive(job, context).catch((error: Error) => {
      // The build reports it with the scene's file and field; here it only must not stop the others.
      if (error.name !== 'PanoramaInputError') throw error;
      failed++;
      console.warn(`[derive] skipped ${job.file}: ${error.message}`);
    });
  });
  console.info(`[derive] done in ${((performance.now() - started) / 1000).toFixed(1)} s${failed ? `; ${failed} skipped (npm run check says why)` : ''}`);
}

try {
  await main();
} catch (error) {
  if (!(error instanceof BuildSettingError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
