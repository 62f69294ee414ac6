/**
 * `npm run bench:trace` — where the scene page's first view spends its time (issue 13): a Chrome trace
 * (CDP Tracing) of one load, reduced to a table: script evaluation per chunk, long tasks, WebGL context
 * creations, texture uploads, image decodes and the network, with the page's own milestones (poster
 * painted, first viewer script run, viewer ready, sharp).
 *
 *   node scripts/bench/view/trace.ts [--dist dist] [--path /tours/…/] [--network fast|slow] [--label before]
 *                                    [--runs 3] [--write]
 *
 * --write  replaces the "## First view trace" section of BENCHMARKS.md with the tables of every --network
 *          profile measured (one per profile, median of --runs).
 *
 * Context creations and texture uploads are timed by wrapping getContext/texImage2D/texSubImage2D in the
 * page (an init script): the trace has no event for them. Everything else comes from the trace itself.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser, VIEWPORT } from './measure.ts';
import { NETWORK_PROFILES, type NetworkProfileName } from './network.ts';
import { REPO_ROOT } from './peers.ts';
import { writeBenchmarkSection } from '../benchmarks-md.ts';
import { serveStatic } from '../../support/static-server.ts';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own CPU time in a complete event, where the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string; [k: string]: unknown };
}

interface GlCall {
  what: string;
  start: number;
  dur: number;
}

export interface TraceResult {
  posterMs: number | null;
  firstViewerScriptMs: number | null;
  readyMs: number | null;
  sharpMs: number | null;
  /** Script evaluation (compile + run of the module's top level, and functions called from it) per file. */
  scripts: { file: string; kib: number; compileMs: number; evalMs: number; firstAt: number }[];
  /** Main-thread tasks ≥ 50 ms: start, duration, and whether they came after the first live frame. */
  longTasks: { start: number; dur: number; what: string }[];
  contexts: GlCall[];
  uploads: GlCall[];
  decodes: { count: number; totalMs: number; mainThreadMs: number };
  network: { file: string; kib: number; start: number; end: number }[];
}

/** Runs in the page before any of its scripts: times WebGL context creations and texture uploads. */
function installGlTimer() {
  const calls: GlCall[] = [];
  (window as unknown as { __hgGl: GlCall[] }).__hgGl = calls;
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    const start = performance.now();
    const known = (this as unknown as { __hgCtx?: unknown }).__hgCtx;
    const ctx = (getContext as (...a: unknown[]) => unknown).call(this, type, ...rest);
    if (/webgl/.test(type) && !known) {
      (this as unknown as { __hgCtx?: unknown }).__hgCtx = ctx;
      calls.push({ what: `context ${type} ${this.width}×${this.height}`, start, dur: performance.now() - start });
    }
    return ctx;
  } as typeof getContext;
  for (const name of ['texImage2D', 'texSubImage2D', 'texImage3D'] as const) {
    const proto = WebGL2RenderingContext.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const original = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      const result = original.apply(this, args);
      const source = args.find((a) => a && typeof a === 'object' && 'width' in (a as object)) as { width: number; height: number } | undefined;
      const dur = performance.now() - start;
      if (dur > 0.5) calls.push({ what: `upload ${name} ${source ? `${source.width}×${source.height}` : ''}`, start, dur });
      return result;
    };
  }
  const marks = ((window as unknown as { __hgMarks: Record<string, number> }).__hgMarks = {} as Record<string, number>);
  document.addEventListener('hg:ready', () => (marks.ready ??= performance.now()));
  document.addEventListener('hg:sharp', () => (marks.sharp ??= performance.now()));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { url?: string; element?: Element })[]) {
      if (e.url && e.element?.tagName === 'IMG') (marks as Record<string, number>).poster = e.startTime;
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'loading',
  'blink.user_timing',
  'toplevel',
].join(',');

const file = (url: string) => {
  try {
    return new URL(url).pathname.split('/').pop() || '/';
  } catch {
    return url;
  }
};

/** One traced load of `url`. */
export async function traceOnce(browser: Browser, url: string, network: NetworkProfileName, settleMs = 6000): Promise<TraceResult> {
  // No service worker: its requests are not the page's, so the slow link's emulation (a page's network) did
  // not slow them, and once our site's worker took the page over, its tiles came at full speed (turn 6).
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const profile = NETWORK_PROFILES[network];
    if (profile) await cdp.send('Network.emulateNetworkConditions', profile);
    await page.addInitScript(installGlTimer);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as TraceEvent[])));
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES.split(',') } } as never);
    await page.goto(url, { waitUntil: 'commit' });
    // Until the viewer says it is sharp (or a time limit), then a little more for the late plugins.
    await page.waitForFunction(() => (window as unknown as { __hgMarks: { sharp?: number } }).__hgMarks?.sharp, null, { timeout: 60_000 }).catch(() => undefined);
    await page.waitForTimeout(settleMs);
    const inPage = await page.evaluate(() => ({
      gl: (window as unknown as { __hgGl: GlCall[] }).__hgGl,
      marks: (window as unknown as { __hgMarks: Record<string, number> }).__hgMarks,
      timeOrigin: performance.timeOrigin,
      resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        url: e.name,
        start: e.startTime,
        end: e.responseEnd,
        bytes: e.encodedBodySize,
      })),
    }));
    await cdp.send('Tracing.end');
    await done;
    if (errors.length) console.warn(`  console errors: ${errors.join(' | ')}`);
    return reduce(events, inPage);
  } finally {
    await context.close();
  }
}

function reduce(
  events: TraceEvent[],
  inPage: { gl: GlCall[]; marks: Record<string, number>; resources: { url: string; start: number; end: number; bytes: number }[] },
): TraceResult {
  // The renderer's main thread: the one that ran the navigation's first ParseHTML.
  const parse = events.find((e) => e.name === 'ParseHTML');
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'markAsMainFrame');
  const main = parse ? { pid: parse.pid, tid: parse.tid } : { pid: nav?.pid, tid: nav?.tid };
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const navStart = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid)?.ts ?? Math.min(...onMain.map((e) => e.ts));
  const ms = (ts: number) => (ts - navStart) / 1000;

  const scripts = new Map<string, { compileMs: number; evalMs: number; firstAt: number }>();
  const add = (url: string, key: 'compileMs' | 'evalMs', e: TraceEvent) => {
    if (!url || !/\.m?js($|\?)/.test(url)) return;
    const row = scripts.get(url) ?? { compileMs: 0, evalMs: 0, firstAt: ms(e.ts) };
    row[key] += (e.dur ?? 0) / 1000;
    row.firstAt = Math.min(row.firstAt, ms(e.ts));
    scripts.set(url, row);
  };
  // Top-level FunctionCalls (not nested in another JS event) carry the script that ran.
  const js = onMain.filter((e) => e.ph === 'X' && ['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'TimerFire', 'FireAnimationFrame', 'EventDispatch'].includes(e.name));
  js.sort((a, b) => a.ts - b.ts);
  let openUntil = 0;
  for (const e of js) {
    const data = (e.args?.data ?? {}) as { url?: string; fileName?: string; scriptName?: string; functionName?: string };
    const url = data.url ?? data.fileName ?? data.scriptName ?? '';
    if (e.name === 'v8.compile' || e.name === 'v8.compileModule') {
      add(url || String((e.args as { fileName?: string })?.fileName ?? ''), 'compileMs', e);
      continue;
    }
    if (e.ts < openUntil) continue;
    if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule' || e.name === 'FunctionCall') {
      add(url, 'evalMs', e);
      openUntil = e.ts + (e.dur ?? 0);
    }
  }
  const longTasks = onMain
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) >= 50_000)
    .map((e) => {
      // What filled it: the longest event nested in the task, named by its kind and script.
      const inner = onMain
        .filter((c) => c !== e && c.ph === 'X' && c.ts >= e.ts && c.ts < e.ts + (e.dur ?? 0) && !/^(RunTask|ThreadController|BlinkScheduler|SequenceManager)/.test(c.name))
        .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
      const data = (inner?.args?.data ?? {}) as { url?: string; functionName?: string; type?: string };
      const what = inner ? `${inner.name}${data.type ? ` ${data.type}` : ''}${data.functionName ? ` ${data.functionName}` : ''}${data.url ? ` ${file(data.url)}` : ''}` : '?';
      return { start: ms(e.ts), dur: (e.dur ?? 0) / 1000, what };
    });
  const decodeEvents = events.filter((e) => e.name === 'Decode Image' || e.name === 'ImageDecodeTask' || e.name === 'Decode LazyPixelRef');
  const decodes = {
    count: decodeEvents.filter((e) => e.name !== 'Decode LazyPixelRef').length,
    totalMs: decodeEvents.reduce((s, e) => s + (e.dur ?? 0) / 1000, 0),
    mainThreadMs: decodeEvents.filter((e) => e.pid === main.pid && e.tid === main.tid).reduce((s, e) => s + (e.dur ?? 0) / 1000, 0),
  };
  const bytes = new Map(inPage.resources.map((r) => [r.url, r]));
  const viewerScripts = [...scripts.entries()].filter(([url]) => url.includes('/_astro/'));
  const firstViewerScriptMs = viewerScripts.length ? Math.min(...viewerScripts.map(([, r]) => r.firstAt)) : null;
  return {
    posterMs: inPage.marks.poster ?? null,
    firstViewerScriptMs,
    readyMs: inPage.marks.ready ?? null,
    sharpMs: inPage.marks.sharp ?? null,
    scripts: [...scripts.entries()]
      .map(([url, r]) => ({ file: file(url), kib: (bytes.get(url)?.bytes ?? 0) / 1024, ...r }))
      .sort((a, b) => a.firstAt - b.firstAt),
    longTasks,
    contexts: inPage.gl.filter((c) => c.what.startsWith('context')),
    uploads: inPage.gl.filter((c) => c.what.startsWith('upload')),
    decodes,
    network: inPage.resources.map((r) => ({ file: file(r.url), kib: r.bytes / 1024, start: r.start, end: r.end })),
  };
}

const f0 = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(0));

/** One Markdown block for one traced load. */
export function formatTrace(label: string, t: TraceResult): string {
  const after = t.readyMs ?? Infinity;
  const lines = [
    `**${label}** — poster painted ${f0(t.posterMs)} ms · first viewer script ${f0(t.firstViewerScriptMs)} ms · viewer ready (first live frame) ${f0(t.readyMs)} ms · sharp ${f0(t.sharpMs)} ms`,
    '',
    '| script (chunk) | KiB gz | first run at ms | compile ms | evaluate + calls ms |',
    '|---|---:|---:|---:|---:|',
    ...t.scripts.filter((s) => s.compileMs + s.evalMs >= 1).map((s) => `| ${s.file} | ${s.kib.toFixed(1)} | ${f0(s.firstAt)} | ${f0(s.compileMs)} | ${f0(s.evalMs)} |`),
    '',
    `- WebGL contexts: ${t.contexts.map((c) => `${c.what} at ${f0(c.start)} ms took **${f0(c.dur)} ms**`).join('; ') || 'none'}`,
    `- texture uploads: ${t.uploads.length} calls, ${f0(t.uploads.reduce((s, u) => s + u.dur, 0))} ms in all (longest ${f0(Math.max(0, ...t.uploads.map((u) => u.dur)))} ms: ${t.uploads.sort((a, b) => b.dur - a.dur)[0]?.what ?? '—'})`,
    `- image decodes: ${t.decodes.count}, ${f0(t.decodes.totalMs)} ms in all, ${f0(t.decodes.mainThreadMs)} ms of it on the main thread`,
    `- long tasks (≥ 50 ms) before the first live frame: ${t.longTasks.filter((l) => l.start < after).map((l) => `${f0(l.start)}+${f0(l.dur)} (${l.what})`).join(', ') || 'none'}`,
    `- long tasks after the first live frame: ${t.longTasks.filter((l) => l.start >= after).map((l) => `${f0(l.start)}+${f0(l.dur)} (${l.what})`).join(', ') || 'none'}`,
    `- network: ${t.network.length} requests, ${t.network.reduce((s, n) => s + n.kib, 0).toFixed(0)} KiB; JS ${t.network.filter((n) => /\.js$/.test(n.file)).map((n) => `${n.file} ${n.kib.toFixed(1)} KiB ${f0(n.start)}→${f0(n.end)} ms`).join(', ')}`,
  ];
  return lines.join('\n');
}

/** The run whose first live frame is the median one (a trace is one load; medians of parts would not add up). */
function medianRun(runs: TraceResult[]): TraceResult {
  const sorted = [...runs].sort((a, b) => (a.readyMs ?? Infinity) - (b.readyMs ?? Infinity));
  return sorted[(sorted.length - 1) >> 1]!;
}

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      path: { type: 'string', default: '/tours/cao-nguyen-da/cot-co-lung-cu/' },
      network: { type: 'string', multiple: true, default: ['fast', 'slow'] },
      label: { type: 'string', default: 'this build' },
      runs: { type: 'string', default: '3' },
      write: { type: 'boolean', default: false },
      section: { type: 'string', default: 'First view trace' },
    },
  });
  const server = await serveStatic(values.dist, { bench: true });
  const browser = await launchBrowser();
  const blocks: string[] = [];
  try {
    for (const network of values.network as NetworkProfileName[]) {
      const runs: TraceResult[] = [];
      for (let i = 0; i < Number(values.runs); i++) {
        const t = await traceOnce(browser, `${server.url}${values.path}`, network);
        console.log(`  ${network} run ${i + 1}: poster ${f0(t.posterMs)} ms, first viewer script ${f0(t.firstViewerScriptMs)} ms, ready ${f0(t.readyMs)} ms, sharp ${f0(t.sharpMs)} ms`);
        runs.push(t);
      }
      const block = formatTrace(`${values.label}, ${NETWORK_PROFILES[network] ? 'slow link (1.6 Mbit/s, 150 ms RTT)' : 'localhost'} (median run of ${runs.length})`, medianRun(runs));
      console.log(`\n${block}\n`);
      blocks.push(block);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (values.write) {
    const intro = `\`node scripts/bench/view/trace.ts\` — ${new Date().toISOString().slice(0, 10)}; \`${values.path}\` of \`${values.dist}\`, headless Chromium (SwiftShader WebGL) at 1280×720, cache disabled. One Chrome trace per load (CDP Tracing); the median load by first live frame is shown. Script times are main-thread compile and top-level JS events attributed to their file; contexts and uploads are timed in the page around getContext/texImage2D.`;
    await writeBenchmarkSection(join(REPO_ROOT, 'BENCHMARKS.md'), `## ${values.section}`, `## ${values.section}\n\n${intro}\n\n${blocks.join('\n\n')}`);
    console.log(`Wrote "${values.section}" to BENCHMARKS.md`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
