/**
 * `npm run bench:cpu` — what the main thread does before the scene page's first live frame (issue 13),
 * by function: a V8 CPU profile (CDP Profiler, 200 µs sampling) of each load, cut at the viewer's
 * `hg:ready`, its self time summed per script (chunk) and per function. bench:trace says which task
 * is long; this says what runs inside it, down to the minified function (shown with the start of its
 * source, so `function At(){…getContext("webgl2")…}` reads as PSV's WebGL probe).
 *
 *   node scripts/bench/view/cpu-profile.ts [--dist dist] [--path /tours/…/] [--runs 3] [--write] [--after 3000]
 *
 * `--after MS` profiles MS more after the first live frame (tiles, late plugins) and reports that
 * window instead: what Lighthouse's total blocking time also counts. Not written to BENCHMARKS.md.
 *
 * "(program)" is time in the browser's own code with no JavaScript on the stack: layout, paint, and
 * here mostly WebGL calls waiting on the software GPU (shader compiles, the first draw).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, median, VIEWPORT } from './measure.ts';
import { REPO_ROOT } from './peers.ts';
import { writeBenchmarkSection } from '../benchmarks-md.ts';
import { serveStatic } from '../../support/static-server.ts';

const TITLE = '## First view CPU profile (bench:cpu)';

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface CpuRun {
  readyMs: number;
  /** Self ms before ready, by script file ("(program)", "(garbage collector)" … for the browser's own). */
  byScript: Map<string, number>;
  /** Self ms before ready, by function: `name file:line:column`. */
  byFunction: Map<string, number>;
}

const fileOf = (url: string) => url.split('/').pop()?.split('?')[0] ?? url;

/** Self time of each sample up to `untilMs` after the profile started. */
export function selfTimes(profile: Profile, untilMs: number): Pick<CpuRun, 'byScript' | 'byFunction'> {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = 0;
  samples.forEach((id, i) => {
    t += deltas[i] ?? 0;
    if (t / 1000 > untilMs) return;
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id)!.callFrame;
    if (functionName === '(idle)') return;
    const script = url ? fileOf(url) : functionName || '(anonymous)';
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const key = url ? `${functionName || '(anonymous)'} ${fileOf(url)}:${lineNumber + 1}:${columnNumber + 1}` : functionName;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  });
  return { byScript, byFunction };
}

/** The first characters of a function's source in the built file, to recognise a minified one. */
function sourceAt(dist: string, key: string): string {
  const match = / (\S+):(\d+):(\d+)$/.exec(key);
  if (!match) return '';
  try {
    const line = readFileSync(join(dist, '_astro', match[1]!), 'utf8').split('\n')[Number(match[2]) - 1] ?? '';
    return line.slice(Number(match[3]) - 1, Number(match[3]) + 89).replace(/\|/g, '\\|').replace(/`/g, "'");
  } catch {
    return '';
  }
}

async function profileOnce(url: string, afterMs = 0): Promise<CpuRun> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('hg:ready', () => ((window as unknown as { __ready?: number }).__ready ??= performance.now()));
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    // The profile starts before the navigation: the page's clock starts at its timeOrigin.
    const profileStarted = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready, null, { timeout: 60_000, polling: 100 });
    const { readyMs, timeOrigin } = await page.evaluate(() => ({ readyMs: (window as unknown as { __ready: number }).__ready, timeOrigin: performance.timeOrigin }));
    if (afterMs) await page.waitForTimeout(afterMs);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const offset = Math.max(0, timeOrigin - profileStarted);
    if (!afterMs) return { readyMs, ...selfTimes(profile, readyMs + offset) };
    // The window after the first frame: everything up to its end less everything up to its start.
    const until = selfTimes(profile, readyMs + offset + afterMs);
    const before = selfTimes(profile, readyMs + offset);
    const minus = (a: Map<string, number>, b: Map<string, number>) => new Map([...a].map(([k, v]) => [k, v - (b.get(k) ?? 0)] as const));
    return { readyMs, byScript: minus(until.byScript, before.byScript), byFunction: minus(until.byFunction, before.byFunction) };
  } finally {
    await browser.close();
  }
}

const sum = (maps: Map<string, number>[]) => {
  const keys = new Set(maps.flatMap((m) => [...m.keys()]));
  return new Map([...keys].map((k) => [k, median(maps.map((m) => m.get(k) ?? 0))!] as const));
};

export function report(runs: CpuRun[], dist: string, path: string): string {
  const ready = median(runs.map((r) => r.readyMs))!;
  const scripts = [...sum(runs.map((r) => r.byScript))].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 5);
  const functions = [...sum(runs.map((r) => r.byFunction))].sort((a, b) => b[1] - a[1]).slice(0, 12);
  const lines = [
    TITLE,
    '',
    `\`npm run bench:cpu\` — ${new Date().toISOString().slice(0, 10)}; \`${path}\` of \`${dist}\`, headless Chromium (SwiftShader WebGL) at`,
    `${VIEWPORT.width}×${VIEWPORT.height}, cache disabled, ${runs.length} loads, each profiled (V8 sampling, 200 µs) from navigation to the viewer's`,
    `\`hg:ready\` (first live frame; median ${Math.round(ready)} ms). Medians of self time, idle left out.`,
    '',
    '| script | self ms before the first live frame |',
    '|---|---:|',
    ...scripts.map(([file, ms]) => `| ${file} | ${Math.round(ms)} |`),
    '',
    '| function (file:line:column) | self ms | starts with |',
    '|---|---:|---|',
    ...functions.map(([key, ms]) => `| ${key.replace(/\|/g, '\\|')} | ${Math.round(ms)} | ${sourceAt(dist, key) ? `\`${sourceAt(dist, key)}\`` : ''} |`),
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      path: { type: 'string', default: '/tours/cao-nguyen-da/cot-co-lung-cu/' },
      runs: { type: 'string', default: '3' },
      write: { type: 'boolean', default: false },
      after: { type: 'string', default: '0' },
    },
  });
  const afterMs = Number(values.after);
  if (afterMs && values.write) throw new Error('--after looks past the first frame; BENCHMARKS.md keeps the profile up to it: leave out --write');
  const dist = join(REPO_ROOT, values.dist);
  const server = await serveStatic(dist, { bench: true });
  const runs: CpuRun[] = [];
  try {
    for (let i = 0; i < Number(values.runs); i++) {
      const run = await profileOnce(`${server.url}${values.path}`, afterMs);
      console.log(`run ${i + 1}: first live frame ${Math.round(run.readyMs)} ms`);
      runs.push(run);
    }
  } finally {
    await server.close();
  }
  const section = report(runs, values.dist, values.path);
  console.log(afterMs ? `\n(the ${afterMs} ms after the first live frame, not before it)\n${section}` : `\n${section}`);
  if (values.write) {
    await writeBenchmarkSection(join(REPO_ROOT, 'BENCHMARKS.md'), TITLE, section);
    console.log(`Wrote "${TITLE.slice(3)}" to BENCHMARKS.md`);
  }
}
