/**
 * `npm run bench:scale [-- --sizes 30,150,600] [--no-cores] [--report-only]`: how builds grow with the
 * number of scenes (issue 20). For each size, a generated site (make-site.ts; never committed, in
 * node_modules/.cache/hg360/bench-scale/) is built cold, again unchanged, with one photo changed
 * and with one scene's text changed, each build measured from outside (measure-build.ts); then the
 * content checks alone and the bytes of a first search. At the first size it also builds cold
 * with HG360_JOBS=1, for the speed-up of the derivative work from one core to all of them.
 * Results accumulate per size in results.json, so sizes can be measured in separate runs;
 * `--report-only` writes the table from them without building anything.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { measureQuery } from '../search-in-node.ts';
import { writeBenchmarkSection } from '../benchmarks-md.ts';
import { demoSources, ensurePhotos, makePhoto, makeSite } from './make-site.ts';
import { type BuildMeasure, measureBuild, type SiteDirs } from './measure-build.ts';
import { scaleSection, type SizeResult } from './report.ts';

const WORK = resolve('node_modules/.cache/hg360/bench-scale');
const RESULTS = join(WORK, 'results.json');
const DEMO_TOURS = resolve('content/tours');

function sizesFrom(argv: string[]): number[] {
  const at = argv.indexOf('--sizes');
  const text = at === -1 ? '30,150,600' : (argv[at + 1] ?? '');
  const sizes = text.split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 10 || n % 10 !== 0)) {
    throw new Error(`--sizes ${text}: write scene counts as multiples of 10 separated by commas, e.g. --sizes 30,150`);
  }
  return sizes;
}

const log = (line: string) => console.log(`[bench:scale] ${line}`);
const brief = (m: BuildMeasure) => `${m.seconds.toFixed(1)} s, peak ${m.peakMiB.toFixed(0)} MiB, ${m.derived} derived, ${m.pages} pages`;

/** The content checks alone, as `npm run check` runs them first. */
function timeChecks(dirs: SiteDirs): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    env: { ...process.env, HG360_CONTENT_DIR: dirs.site.toursDir, HG360_ARTICLES_DIR: dirs.site.articlesDir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`content checks failed on the generated site:\n${result.stdout}${result.stderr}`);
  return (performance.now() - started) / 1000;
}

async function measureSize(scenes: number, photos: string[], coresToo: boolean): Promise<SizeResult> {
  const root = join(WORK, String(scenes));
  const site = await makeSite(root, scenes, photos.slice(0, scenes));
  const dirs: SiteDirs = { site, astroCache: join(root, 'astro-cache'), panoramaCache: join(root, 'panoramas'), dist: join(root, 'dist') };
  const cold = async (extra: Partial<SiteDirs> = {}, env: NodeJS.ProcessEnv = {}) => {
    const d = { ...dirs, ...extra };
    await Promise.all([d.astroCache, d.panoramaCache, d.dist].map((dir) => rm(dir, { recursive: true, force: true })));
    return measureBuild(d, env);
  };
  const result: SizeResult = { scenes, cores: availableParallelism(), measured: new Date().toISOString(), builds: {} };
  if (coresToo) {
    // The same cold build on one core's worth of jobs, in caches of its own.
    const single = join(root, 'one-job');
    result.builds.coldOneJob = await cold({ astroCache: join(single, 'astro-cache'), panoramaCache: join(single, 'panoramas'), dist: join(single, 'dist') }, { HG360_JOBS: '1' });
    log(`${scenes} scenes, cold with HG360_JOBS=1: ${brief(result.builds.coldOneJob)}`);
    await rm(single, { recursive: true, force: true });
  }
  result.builds.cold = await cold();
  log(`${scenes} scenes, cold: ${brief(result.builds.cold)}`);
  result.builds.unchanged = await measureBuild(dirs);
  log(`${scenes} scenes, unchanged: ${brief(result.builds.unchanged)}`);
  // A new photo in place of the first scene's (the old file is a hard link to the shared photo: unlink first).
  await rm(site.firstScene.photo);
  await makePhoto(await demoSources(DEMO_TOURS), 99_999, site.firstScene.photo);
  result.builds.photo = await measureBuild(dirs);
  log(`${scenes} scenes, one photo changed: ${brief(result.builds.photo)}`);
  await site.firstScene.rewrite('\n\nMột câu mới về đèo Mã Pí Lèng, thêm vào để đo một lần sửa chữ.');
  result.builds.text = await measureBuild(dirs);
  log(`${scenes} scenes, one text changed: ${brief(result.builds.text)}`);
  result.checksSeconds = timeChecks(dirs);
  log(`${scenes} scenes, content checks alone: ${result.checksSeconds.toFixed(1)} s`);
  const query = await measureQuery(join(dirs.dist, 'pagefind'), 'vi', 'dong van');
  result.firstQueryKiB = query.bytes / 1024;
  result.firstQueryGzipKiB = query.gzip / 1024;
  return result;
}

async function main(): Promise<void> {
  const sizes = sizesFrom(process.argv);
  const write = process.argv.includes('--write');
  const coresToo = !process.argv.includes('--no-cores');
  await mkdir(WORK, { recursive: true });
  const results: Record<string, SizeResult> = JSON.parse(await readFile(RESULTS, 'utf8').catch(() => '{}'));
  if (process.argv.includes('--report-only')) return report(results, write);
  log(`photos for ${Math.max(...sizes)} scenes (made once, kept in ${join(WORK, 'photos')})`);
  const photos = await ensurePhotos(DEMO_TOURS, join(WORK, 'photos'), Math.max(...sizes) + 0);
  for (const [i, scenes] of sizes.entries()) {
    results[scenes] = await measureSize(scenes, photos, coresToo && i === 0);
    await writeFile(RESULTS, JSON.stringify(results, null, 2));
    // The site and its caches are large (tiles): only the figures are kept.
    await rm(join(WORK, String(scenes)), { recursive: true, force: true });
  }
  await report(results, write);
}

/** Prints the table of every size measured so far, and with --write puts it in BENCHMARKS.md. */
async function report(results: Record<string, SizeResult>, write: boolean): Promise<void> {
  const section = scaleSection(Object.values(results));
  console.log(`\n${section}`);
  if (write) await writeBenchmarkSection('BENCHMARKS.md', '## Scale (bench:scale)', section);
}

await main();
