/**
 * Before/after in one interleaved series (A B, A B, …), so that the machine's drift hits both alike:
 * the headline figures of `trace.ts` for two builds of the site, median of --runs, one table.
 *
 *   node scripts/bench/view/trace-compare.ts --a DIST --b DIST [--label-a before] [--label-b after]
 *                                            [--path /tours/…/] [--network fast|slow] [--runs 3]
 */
import { parseArgs } from 'node:util';
import { launchBrowser } from './measure.ts';
import type { NetworkProfileName } from './network.ts';
import { serveStatic } from '../../support/static-server.ts';
import { traceOnce, type TraceResult } from './trace.ts';

const { values } = parseArgs({
  options: {
    a: { type: 'string' },
    b: { type: 'string' },
    'label-a': { type: 'string', default: 'before' },
    'label-b': { type: 'string', default: 'after' },
    path: { type: 'string', default: '/tours/cao-nguyen-da/cot-co-lung-cu/' },
    network: { type: 'string', default: 'fast' },
    runs: { type: 'string', default: '3' },
  },
});
if (!values.a || !values.b) throw new Error('--a DIST and --b DIST are required');
const sides = [
  { label: values['label-a'], server: await serveStatic(values.a, { bench: true }), runs: [] as TraceResult[] },
  { label: values['label-b'], server: await serveStatic(values.b, { bench: true }), runs: [] as TraceResult[] },
];
const browser = await launchBrowser();
try {
  for (let i = 0; i < Number(values.runs); i++) {
    for (const side of sides) {
      const t = await traceOnce(browser, `${side.server.url}${values.path}`, values.network as NetworkProfileName, 3000);
      side.runs.push(t);
      console.log(`  ${side.label} run ${i + 1}: poster ${t.posterMs?.toFixed(0)} ms, ready ${t.readyMs?.toFixed(0)} ms, sharp ${t.sharpMs?.toFixed(0)} ms`);
    }
  }
} finally {
  await browser.close();
  for (const side of sides) await side.server.close();
}
const med = (v: (number | null)[]) => {
  const s = v.filter((x): x is number => x !== null).sort((x, y) => x - y);
  return s.length ? s[(s.length - 1) >> 1]! : null;
};
const f = (v: number | null) => (v === null ? '—' : v.toFixed(0));
const longAfter = (t: TraceResult) => Math.max(0, ...t.longTasks.filter((l) => t.readyMs !== null && l.start >= t.readyMs).map((l) => l.dur));
const beforeFrame = (t: TraceResult) => t.longTasks.filter((l) => t.readyMs !== null && l.start < t.readyMs).reduce((s, l) => s + l.dur, 0);
console.log(`\n| ${values.network} link, median of ${values.runs} | poster painted ms | first viewer script ms | first live frame (ready) ms | sharp ms | first WebGL context ms | long tasks before first frame, ms in all | longest task after first frame ms |`);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const side of sides) {
  const r = side.runs;
  console.log(
    `| ${side.label} | ${f(med(r.map((t) => t.posterMs)))} | ${f(med(r.map((t) => t.firstViewerScriptMs)))} | ${f(med(r.map((t) => t.readyMs)))} | ${f(med(r.map((t) => t.sharpMs)))} | ${f(med(r.map((t) => t.contexts[0]?.dur ?? null)))} | ${f(med(r.map(beforeFrame)))} | ${f(med(r.map(longAfter)))} |`,
  );
}
