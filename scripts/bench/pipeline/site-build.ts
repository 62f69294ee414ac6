/**
 * A whole `astro build` of a one-scene site holding one photo, from a cold panorama cache, with the
 * peak RSS of the build's process tree (every descendant's VmRSS summed, sampled from /proc every
 * 20 ms) and the kernel's own peak of its largest process (`ru_maxrss` of the children).
 * The pipeline alone (worker.ts) misses what Astro, Vite and the pages hold at the same time.
 *   node scripts/bench/pipeline/site-build.ts <photo.jpg>   prints one JSON line
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { photoHash } from '../../../src/panorama/derive-photo.ts';
import { astroBuildInvocation } from '../../support/astro-cli.ts';
import { sampleTreePeak } from '../process-tree.ts';

const WORK = 'node_modules/.cache/hg360/bench-pipeline/site';
/** Where the panorama integration caches derivatives (src/integrations/panoramas.ts). */
const PANORAMA_CACHE = 'node_modules/.cache/hg360/panoramas';

export interface SiteBuildMeasure {
  ms?: number;
  /** Peak of the summed RSS of the build's process tree. */
  treePeakMiB?: number;
  /** Peak RSS of its largest single process, as the kernel counted it. */
  maxRssMiB?: number;
  /** The processes above 10 MiB at the tree's peak, with their MiB. */
  atPeak?: string;
  error?: string;
}

/** Builds the one-scene site around `photo` in `work` (emptied first) and measures it. */
export async function measureSiteBuild(photo: string, work = WORK): Promise<SiteBuildMeasure> {
  const WORK = resolve(work);
  const content = join(WORK, 'content/tours/bench');
  await rm(WORK, { recursive: true, force: true });
  await mkdir(content, { recursive: true });
  await mkdir(join(WORK, 'content/articles'), { recursive: true });
  await copyFile(photo, join(content, 'photo.jpg'));
  // A cold cache for this photo: the build must make every derivative (and they are removed after).
  const cached = join(PANORAMA_CACHE, photoHash(await readFile(photo), undefined));
  await rm(cached, { recursive: true, force: true });
  await writeFile(
    join(content, 'index.mdx'),
    `---\ntitle: Benchmark\nsummary: One scene made from the benchmark photo.\nstartScene: photo\nlocation: { lat: 22.82, lng: 104.98 }\nregion: { province: Tuyên Quang }\ncategory: landmarks\n---\n`,
  );
  await writeFile(join(content, 'photo.mdx'), `---\ntitle: Benchmark photo\nphoto: ./photo.jpg\nlocation: { lat: 22.82, lng: 104.98 }\nview: { yaw: 0, pitch: 0, zoom: 50 }\n---\nThe benchmark photo.\n`);
  const started = performance.now();
  const outDir = resolve(WORK, 'dist');
  // A test may build a site under /tmp while others build too: from its own folder (astro-cli.ts).
  const astro = astroBuildInvocation(outDir);
  const child = spawn('/usr/bin/time', ['-f', 'MAXRSS_KIB=%M', process.execPath, ...astro.args, '--outDir', outDir], {
    cwd: astro.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HG360_CONTENT_DIR: join(WORK, 'content/tours'),
      HG360_ARTICLES_DIR: join(WORK, 'content/articles'),
      // Its own content store, so the real site's cached collections are left alone.
      HG360_CACHE_DIR: join(WORK, 'astro-cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const peak = sampleTreePeak(child);
  const code = await new Promise<number | null>((r) => child.on('close', r));
  astro.cleanUp();
  const { peakKiB, atPeak } = await peak;
  await rm(cached, { recursive: true, force: true });
  const ms = performance.now() - started;
  if (code !== 0) return { error: `astro build failed (${code}): ${output.split('\n').slice(-15).join('\n')}` };
  const maxRss = Number(/MAXRSS_KIB=(\d+)/.exec(output)?.[1] ?? NaN);
  return { ms, treePeakMiB: peakKiB / 1024, maxRssMiB: maxRss / 1024, atPeak };
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  console.log(JSON.stringify(await measureSiteBuild(process.argv[2]!)));
}
