/**
 * `npm run bench:lighthouse` — Lighthouse's performance score (12.2.3, its default mobile preset:
 * Moto G Power, slow 4G simulated, 4× CPU slowdown) for our pages on the built site (`dist/`) and, for
 * comparison, the peers' panorama pages that bench:view builds from the same photo. Prints a Markdown
 * table and, with --write, puts it in BENCHMARKS.md ("## Lighthouse (bench:lighthouse)").
 *
 *   node scripts/bench/lighthouse.ts [--dist dist] [--runs 1] [--write] [--no-peers] [--photo PATH] [--only scene]
 *
 * `--only` keeps the pages (ours and the peers') whose name contains the word, for looking at one page
 * while working on it (`--only scene`, `--only floor`); it does not write BENCHMARKS.md, whose table is
 * of every page.
 *
 * Chromium is the machine's (/usr/bin/chromium or CHROME_PATH), with WebGL through SwiftShader as in
 * the browser tests. Requests to other hosts are blocked (the map's tile server): nothing here may
 * depend on the internet. A page that only paints a <canvas> has no Largest Contentful Paint, and
 * Lighthouse then scores its performance 0 — Marzipano's and PSV's demo pages are such pages.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeBenchmarkSection } from './benchmarks-md.ts';
import { buildPeers, REPO_ROOT, resolvePhoto, WORK_ROOT } from './view/peers.ts';
import { serveStatic } from '../support/static-server.ts';

const TITLE = '## Lighthouse (bench:lighthouse)';

/** Our pages, one of each kind (the same as the quality gates look at). */
export const OUR_PAGES = [
  { name: 'home (hero: poster, viewer on first interest)', path: '/' },
  { name: 'tour', path: '/tours/cao-nguyen-da/' },
  { name: 'scene (viewer)', path: '/tours/cao-nguyen-da/cot-co-lung-cu/' },
  { name: 'article', path: '/en/articles/chinh-quyen-so-thanh-pho-ha-giang/' },
  { name: 'map (Leaflet)', path: '/map/' },
];

const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface LighthouseRow {
  name: string;
  url: string;
  score: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  siMs: number | null;
  lcpElement: string | null;
  /** Where the main thread's time went (Lighthouse's bootup-time and main-thread breakdown), for pages under the goal. */
  blocking: string | null;
}

interface LighthouseTable {
  items?: Record<string, unknown>[];
}

/** "three.module.js 1890 ms (script 1210)" for the heaviest scripts, then the main thread by kind of work. */
function whereTimeWent(audits: Record<string, { details?: unknown }>): string {
  const scripts = ((audits['bootup-time']?.details as LighthouseTable | undefined)?.items ?? [])
    .slice(0, 4)
    .map((item) => `${String(item.url).split('/').pop() || String(item.url)} ${Math.round(Number(item.total))} ms (script ${Math.round(Number(item.scripting))})`);
  const kinds = ((audits['mainthread-work-breakdown']?.details as LighthouseTable | undefined)?.items ?? [])
    .slice(0, 4)
    .map((item) => `${String(item.groupLabel)} ${Math.round(Number(item.duration))} ms`);
  // The tasks TBT counts (each one's time over 50 ms, as Lighthouse sees it at 4×), longest first.
  const tasks = ((audits['long-tasks']?.details as LighthouseTable | undefined)?.items ?? [])
    .slice(0, 8)
    .map((item) => `${Math.round(Number(item.duration))} ms at ${Math.round(Number(item.startTime))} (${String(item.url).split('/').pop() || String(item.url)})`);
  return `scripts: ${scripts.join(', ') || '—'}; main thread: ${kinds.join(', ') || '—'}; long tasks: ${tasks.join(', ') || '—'}`;
}

async function audit(port: number, name: string, url: string): Promise<LighthouseRow> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], blockedUrlPatterns: ['https://*'] });
  const lhr = result!.lhr;
  const value = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const element = lhr.audits['largest-contentful-paint-element']?.details as { items?: { items?: { node?: { nodeLabel?: string; selector?: string } }[] }[] } | undefined;
  const node = element?.items?.[0]?.items?.[0]?.node;
  return {
    name,
    url,
    score: lhr.categories.performance?.score == null ? null : Math.round(lhr.categories.performance.score * 100),
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    siMs: value('speed-index'),
    lcpElement: node ? (node.selector ?? node.nodeLabel ?? null) : null,
    blocking: whereTimeWent(lhr.audits),
  };
}

const median = (values: (number | null)[]) => {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  return v.length ? v[(v.length - 1) >> 1]! : null;
};

export function formatLighthouse(rows: LighthouseRow[]): string {
  const ms = (v: number | null) => (v === null ? '—' : (v / 1000).toFixed(1));
  const lines = [
    '| page | score | FCP s | LCP s | TBT ms | CLS | Speed Index s | LCP element |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.score ?? '—'}${r.name.startsWith('Hà Giang 360') && r.score !== null && r.score < 95 ? ' ✗' : ''} | ${ms(r.fcpMs)} | ${r.lcpMs === null ? '— (no LCP)' : ms(r.lcpMs)} | ${r.tbtMs === null ? '—' : Math.round(r.tbtMs)} | ${r.cls === null ? '—' : r.cls.toFixed(3)} | ${ms(r.siMs)} | ${r.lcpElement ? `\`${r.lcpElement.slice(0, 60)}\`` : '—'} |`,
    ),
  ];
  const under = rows.filter((r) => r.name.startsWith('Hà Giang 360') && r.score !== null && r.score < 95 && r.blocking);
  if (under.length) lines.push('', 'Where the time went on pages under the goal (4× slowed CPU, as Lighthouse counts it):', '', ...under.map((r) => `- ${r.name}: ${r.blocking}`));
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '1' },
      write: { type: 'boolean', default: false },
      'no-peers': { type: 'boolean', default: false },
      photo: { type: 'string' },
      only: { type: 'string' },
    },
  });
  if (values.only && values.write) throw new Error('--only looks at some pages; BENCHMARKS.md keeps the table of all of them: leave out --write');
  const runs = Number(values.runs);
  const site = await serveStatic(values.dist, { bench: true });
  const servers = [site];
  const targets = OUR_PAGES.filter((p) => !values.only || p.name.includes(values.only)).map((p) => ({ name: `Hà Giang 360 ${p.name}`, url: `${site.url}${p.path}` }));
  const peerPages = values['no-peers'] ? [] : (await buildPeers(await resolvePhoto(values.photo))).pages.filter((p) => !values.only || p.name.includes(values.only));
  if (peerPages.length) {
    const work = await serveStatic(WORK_ROOT, { bench: true });
    servers.push(work);
    for (const page of peerPages) targets.push({ name: page.name, url: `${work.url}/${page.path}` });
  }
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const rows: LighthouseRow[] = [];
  try {
    for (const target of targets) {
      const results: LighthouseRow[] = [];
      for (let i = 0; i < runs; i++) results.push(await audit(chrome.port, target.name, target.url));
      const pick = (k: keyof LighthouseRow) => median(results.map((r) => r[k] as number | null));
      const row: LighthouseRow = { ...results[0]!, score: pick('score'), fcpMs: pick('fcpMs'), lcpMs: pick('lcpMs'), tbtMs: pick('tbtMs'), cls: pick('cls'), siMs: pick('siMs') };
      console.log(`  ${row.name}: ${row.score ?? '—'} (LCP ${row.lcpMs?.toFixed(0) ?? '—'} ms, TBT ${row.tbtMs?.toFixed(0) ?? '—'} ms, CLS ${row.cls?.toFixed(3) ?? '—'})`);
      if (values.only) for (const r of results) console.log(`    ${r.score}: ${r.blocking}`);
      rows.push(row);
    }
  } finally {
    chrome.kill();
    await Promise.all(servers.map((s) => s.close()));
  }
  const table = formatLighthouse(rows);
  console.log(`\n${table}`);
  if (values.write) {
    const section = `${TITLE}

\`npm run bench:lighthouse\` — ${new Date().toISOString().slice(0, 10)}; Lighthouse 12.2.3, performance category, default mobile preset
(simulated slow 4G, 4× CPU slowdown), headless Chromium with SwiftShader WebGL, ${runs === 1 ? 'one run per page' : `median of ${runs} runs`}; our pages
from \`${values.dist}\` on a local static server (gzip), peers' pages as bench:view builds them from its photo. Other hosts are
blocked. Goal (issue 13): ≥ 95 with CLS 0 for our pages; ✗ marks a score below 95.

${table}

- A page that paints only a WebGL \`<canvas>\` has no Largest Contentful Paint (a canvas is never an LCP
  candidate), and Lighthouse gives such a page no performance score ("—": it stops with NO_LCP): Marzipano's
  and Pannellum's demo pages here. Plain PSV's page got an LCP late (its loader), hence its low score.
- Load average when the run ended: ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores. TBT in particular grows with the
  machine's load (Lighthouse simulates from the observed task lengths): compare runs made at similar load.
`;
    await writeBenchmarkSection(join(REPO_ROOT, 'BENCHMARKS.md'), TITLE, section);
    console.log(`Wrote "${TITLE.slice(3)}" to BENCHMARKS.md`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
