/**
 * One build of a generated site as `npm run build` makes it (derive:panoramas, then `astro build`),
 * measured from outside: wall and CPU time, time per phase (the steps the build records with
 * HG360_BUILD_TIMINGS), peak RSS of each process tree, how many derivative folders were made, dist/
 * size and page count.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { TimedStep } from '../../../src/build/timings.ts';
import { astroBuildArgs } from '../../../src/build/astro-process.ts';
import { type ProcessPeak, sampleTreePeak } from '../process-tree.ts';
import { type Phase, phasesOf, startupOf } from './phases.ts';
import type { ScaleSite } from './make-site.ts';

export interface SiteDirs {
  site: ScaleSite;
  /** Astro's content store for this site (HG360_CACHE_DIR). */
  astroCache: string;
  /** The derivative cache (HG360_PANORAMA_CACHE). */
  panoramaCache: string;
  dist: string;
}

export interface BuildMeasure {
  seconds: number;
  /** User + system CPU seconds of the build's processes. */
  cpuSeconds?: number;
  /** `npm run derive:panoramas`, the step before `astro build` (wall seconds). */
  deriveSeconds?: number;
  startup: number;
  phases: Record<Phase, number>;
  peakMiB: number;
  atPeak: string;
  /** Each process's own peak RSS (MiB) in the step it ran in, largest first. */
  byProcess?: ProcessPeak[];
  /** Derivative folders the build made (new hash folders in the cache). */
  derived: number;
  distMiB: number;
  pages: number;
  /** Seconds of each integration's astro:build:done (what "other" is made of). */
  doneSteps?: Record<string, number>;
}

const folders = (dir: string) => readdir(dir).then((names) => new Set(names.filter((n) => /^[0-9a-f]{16}$/.test(n))), () => new Set<string>());

async function sizeOf(dir: string): Promise<{ bytes: number; pages: number }> {
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

interface Measured {
  started: number;
  ended: number;
  peakKiB: number;
  atPeak: string;
  byProcess: ProcessPeak[];
  cpuSeconds: number;
}

/** Runs `node <args>` and measures it; throws with the end of its output when it fails. */
async function runMeasured(args: string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  const started = Date.now();
  // GNU time adds the CPU seconds of the process (its children included): on a machine shared with
  // other builds, wall time says as much about the neighbours as about us; CPU time does not.
  const child = spawn('/usr/bin/time', ['-f', 'HG360_CPU=%U %S', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const peak = sampleTreePeak(child, 50);
  const code = await new Promise<number | null>((r) => child.on('close', r));
  const ended = Date.now();
  const { peakKiB, atPeak, byProcess } = await peak;
  if (code !== 0) throw new Error(`node ${args.join(' ')} failed (${code}):\n${output.split('\n').slice(-25).join('\n')}`);
  const [user, system] = (/HG360_CPU=([\d.]+) ([\d.]+)/.exec(output) ?? []).slice(1).map(Number);
  return { started, ended, peakKiB, atPeak, byProcess, cpuSeconds: (user ?? NaN) + (system ?? NaN) };
}

/**
 * What `npm run build` runs after the demo content: the photos' derivatives in a process of their own,
 * then `astro build` with the arguments package.json gives it (its heap limit: src/build/astro-process.ts).
 */
export async function measureBuild(dirs: SiteDirs, env: NodeJS.ProcessEnv = {}): Promise<BuildMeasure> {
  const timings = resolve(dirs.dist, '..', 'timings.jsonl');
  await rm(timings, { force: true });
  await mkdir(dirname(timings), { recursive: true });
  const before = await folders(dirs.panoramaCache);
  const siteEnv = {
    ...process.env,
    HG360_CONTENT_DIR: dirs.site.toursDir,
    HG360_ARTICLES_DIR: dirs.site.articlesDir,
    HG360_CACHE_DIR: dirs.astroCache,
    HG360_PANORAMA_CACHE: dirs.panoramaCache,
    HG360_OUT_DIR: dirs.dist,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...env,
  };
  const derive = await runMeasured(['scripts/derive-panoramas.ts'], siteEnv);
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: { build: string } };
  const astro = await runMeasured(astroBuildArgs(pkg.scripts.build), { ...siteEnv, HG360_BUILD_TIMINGS: timings });
  const steps = (await readFile(timings, 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as TimedStep);
  const after = await folders(dirs.panoramaCache);
  const { bytes, pages } = await sizeOf(dirs.dist);
  const peak = derive.peakKiB > astro.peakKiB ? derive : astro;
  return {
    seconds: (astro.ended - derive.started) / 1000,
    cpuSeconds: derive.cpuSeconds + astro.cpuSeconds,
    deriveSeconds: (derive.ended - derive.started) / 1000,
    startup: startupOf(steps, astro.started),
    phases: phasesOf(steps, astro.started, astro.ended),
    peakMiB: peak.peakKiB / 1024,
    atPeak: `${peak === derive ? 'derive:panoramas' : 'astro build'}: ${peak.atPeak}`,
    byProcess: [...derive.byProcess, ...astro.byProcess].sort((a, b) => b.peakMiB - a.peakMiB),
    derived: [...after].filter((hash) => !before.has(hash)).length,
    distMiB: bytes / 1024 / 1024,
    pages,
    doneSteps: Object.fromEntries(steps.filter((t) => t.step.endsWith('astro:build:done')).map((t) => [t.step.split(' ')[0], (t.end - t.start) / 1000])),
  };
}
