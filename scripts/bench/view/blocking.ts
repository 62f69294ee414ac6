/**
 * `npm run bench:blocking` — what fills the scene page's blocking time (issue 13), task by task.
 *
 * Lighthouse's total blocking time is simulated from the tasks it observed, each ×4 (its CPU slowdown),
 * or ×2 when the task did a layout (Lantern's `layoutTaskMultiplier`, 0.5): a task counts from 12.5 ms
 * of real time (25 ms with a layout). Its figure moves by ±250 ms between runs on this machine, so
 * this tool reports a steadier stand-in, the "blocking proxy" Σ max(0, k × task − 50 ms) over the main
 * thread's tasks from the first contentful paint to `--settle` ms after the view is sharp, at Lighthouse's
 * phone viewport (412×823, DPR 1.75), no throttling, no service worker; and, for each task that counts,
 * what ran in it: the top functions by self time of a V8 CPU profile taken in the same load (its clock is
 * the trace's).
 *
 *   node scripts/bench/view/blocking.ts [--dist dist] [--path /tours/…/] [--runs 5] [--settle 5000] [--tasks] [--functions]
 *
 * Prints the proxy per load and its median, and how much of those tasks the main thread itself ran (the
 * rest it waited); `--tasks` adds the task list of the median load, `--functions`
 * the median self time of each function over the whole load (steadier than the tasks, which move with the GPU).
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import type { Profile, ProfileNode } from './cpu-profile.ts';
import { launchBrowser, median } from './measure.ts';
import { REPO_ROOT } from './peers.ts';
import type { TraceEvent } from './trace.ts';
import { serveStatic } from '../../support/static-server.ts';

export interface BlockingTask {
  /** ms after navigation start */
  start: number;
  dur: number;
  /**
   * ms the main thread itself ran in it. On this machine often under half of `dur`: the rest it waited
   * for the GPU process (synchronous WebGL calls) or for a core (SwiftShader's raster threads share two).
   */
  cpu: number;
  /** k × dur − 50 (k = 4, or 2 with a layout), what Lighthouse would count */
  blocking: number;
  /** "fn file" by self ms in the task, heaviest first */
  top: string[];
}
export interface BlockingRun {
  fcpMs: number;
  sharpMs: number | null;
  proxyMs: number;
  tasks: BlockingTask[];
  /** Self ms per "fn file" over the whole load after the first contentful paint, long tasks or not. */
  selfMs: Map<string, number>;
}

/** Lighthouse's mobile preset: a Moto G Power's screen. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'loading', 'toplevel', 'v8.execute'];

const file = (url: string) => url.split('/').pop()?.replace(/\?.*$/, '') || url || '(browser)';

export async function blockingOnce(browser: Browser, url: string, settleMs: number): Promise<BlockingRun> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.addInitScript(() => {
      const marks = ((window as unknown as { __hgMarks: Record<string, number> }).__hgMarks = {});
      document.addEventListener('hg:sharp', () => ((marks as Record<string, number>).sharp ??= performance.now()));
    });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } } as never);
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __hgMarks: { sharp?: number } }).__hgMarks.sharp, null, { timeout: 30_000 }).catch(() => undefined);
    await page.waitForTimeout(settleMs);
    const sharp = await page.evaluate(() => (window as unknown as { __hgMarks: { sharp?: number } }).__hgMarks.sharp ?? null);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    await cdp.send('Tracing.end');
    await done;
    return reduce(events, profile, sharp);
  } finally {
    await context.close();
  }
}

function reduce(events: TraceEvent[], profile: Profile, sharpMs: number | null): BlockingRun {
  const parse = events.find((e) => e.name === 'ParseHTML');
  if (!parse) throw new Error('the trace has no ParseHTML: the page did not load');
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
  const navStart = events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid)?.ts ?? parse.ts;
  const ms = (ts: number) => (ts - navStart) / 1000;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === parse.pid);
  const fcpMs = fcp ? ms(fcp.ts) : ms(parse.ts);

  // Self time per sample, placed on the trace's clock.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples: { ts: number; dt: number; node: ProfileNode }[] = [];
  let t = profile.startTime;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    t += deltas[i] ?? 0;
    const next = deltas[i + 1] ?? 0;
    samples.push({ ts: t, dt: next, node: byId.get(id)! });
  });

  const key = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${file(node.callFrame.url)}`;
  const selfMs = new Map<string, number>();
  for (const s of samples) {
    if (ms(s.ts) < fcpMs || s.node.callFrame.functionName === '(idle)') continue;
    selfMs.set(key(s.node), (selfMs.get(key(s.node)) ?? 0) + s.dt / 1000);
  }
  const layouts = onMain.filter((e) => e.name === 'Layout').map((e) => e.ts);
  const tasks = onMain
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 12_500 && ms(e.ts) >= fcpMs)
    .map((e): BlockingTask => {
      const self = new Map<string, number>();
      for (const s of samples) {
        if (s.ts < e.ts || s.ts >= e.ts + (e.dur ?? 0)) continue;
        if (s.node.callFrame.functionName === '(idle)') continue;
        self.set(key(s.node), (self.get(key(s.node)) ?? 0) + s.dt / 1000);
      }
      const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(1)}`);
      const dur = (e.dur ?? 0) / 1000;
      const laidOut = layouts.some((ts) => ts >= e.ts && ts < e.ts + (e.dur ?? 0));
      return { start: ms(e.ts), dur, cpu: (e.tdur ?? 0) / 1000, blocking: Math.max(0, (laidOut ? 2 : 4) * dur - 50), top };
    });
  return { fcpMs, sharpMs, proxyMs: tasks.reduce((s, x) => s + x.blocking, 0), tasks, selfMs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: join(REPO_ROOT, 'dist') },
      path: { type: 'string', default: '/tours/cao-nguyen-da/cot-co-lung-cu/' },
      runs: { type: 'string', default: '5' },
      settle: { type: 'string', default: '5000' },
      tasks: { type: 'boolean', default: false },
      functions: { type: 'boolean', default: false },
    },
  });
  const server = await serveStatic(values.dist, { bench: true });
  const browser = await launchBrowser();
  try {
    const runs: BlockingRun[] = [];
    for (let i = 0; i < Number(values.runs); i++) {
      const run = await blockingOnce(browser, `${server.url}${values.path}`, Number(values.settle));
      runs.push(run);
      const sum = (k: 'dur' | 'cpu') => run.tasks.reduce((s, t) => s + t[k], 0).toFixed(0);
      console.log(`run ${i + 1}: proxy ${run.proxyMs.toFixed(0)} ms over ${run.tasks.length} tasks of ${sum('dur')} ms, the main thread running ${sum('cpu')} ms of them (FCP ${run.fcpMs.toFixed(0)}, sharp ${run.sharpMs?.toFixed(0) ?? '—'})`);
    }
    const mid = median(runs.map((r) => r.proxyMs))!;
    console.log(`\nblocking proxy, median of ${runs.length}: ${mid.toFixed(0)} ms`);
    if (values.functions) {
      const names = new Set(runs.flatMap((r) => [...r.selfMs.keys()]));
      const rows = [...names].map((name) => [name, median(runs.map((r) => r.selfMs.get(name) ?? 0))!] as const).sort((a, b) => b[1] - a[1]);
      console.log('\nself ms after the first contentful paint, median per function:');
      for (const [name, value] of rows.slice(0, 20)) console.log(`${value.toFixed(1).padStart(7)}  ${name}`);
    }
    if (values.tasks) {
      const run = runs.reduce((a, b) => (Math.abs(b.proxyMs - mid) < Math.abs(a.proxyMs - mid) ? b : a));
      for (const task of run.tasks) console.log(`${task.start.toFixed(0).padStart(6)} +${task.dur.toFixed(1).padStart(5)} ms (ran ${task.cpu.toFixed(1)}, → ${task.blocking.toFixed(0)})  ${task.top.join(' · ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
