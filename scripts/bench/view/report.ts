/**
 * The benchmark's output: a Markdown table (printed, and optionally written into BENCHMARKS.md as its own
 * section, so other benchmarks' sections in the same file are left alone).
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import type { Summary } from './measure.ts';
import { NETWORK_LABELS, type NetworkProfileName } from './network.ts';

export const SECTION_TITLE = '## First view (bench:view)';

const ms = (v: number | null) => (v === null ? '—' : String(Math.round(v)));
const kib = (v: number | null) => (v === null ? '—' : v.toFixed(0));
const ratio = (v: number | null, base: number | null) => (v === null || base === null || base === 0 ? '—' : `${(v / base).toFixed(2)}×`);

/** The table, with first-frame and image-byte ratios against `baseline` (a contender name). */
export function formatTable(summaries: Summary[], baseline = 'Marzipano'): string {
  const base = summaries.find((s) => s.contender.name === baseline) ?? null;
  const lines = [
    `| contender | poster paint (LCP) ms | first frame ms | sharp ms | image KiB before sharp | JS KiB before sharp | first frame vs ${baseline} | image KiB vs ${baseline} |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const s of summaries) {
    const timedOut = s.runs.some((r) => r.timedOut) ? ' (timed out)' : '';
    lines.push(
      `| ${s.contender.name}${timedOut} | ${ms(s.lcpMs)} | ${ms(s.firstFrameMs)} | ${ms(s.sharpMs)} | ${kib(s.imageKiB)} | ${kib(s.jsKiB)} | ${ratio(s.firstFrameMs, base?.firstFrameMs ?? null)} | ${ratio(s.imageKiB, base?.imageKiB ?? null)} |`,
    );
  }
  return lines.join('\n');
}

/** Every run's numbers, for the console: medians hide the spread. */
export function formatRuns(summaries: Summary[]): string {
  const lines: string[] = [];
  for (const s of summaries) {
    lines.push(`${s.contender.name}  (${s.contender.url})`);
    s.runs.forEach((r, i) => {
      lines.push(
        `  run ${i + 1}: poster ${ms(r.lcpMs)} [${r.lcpWhat ?? 'no image'}]  first ${ms(r.firstFrameMs)}  sharp ${ms(r.sharpMs)}  ` +
          `img ${kib(r.imageKiB)} KiB / ${r.imageRequests} req (+${kib(r.imageKiBAfterSharp)} KiB after)  JS ${kib(r.jsKiB)} KiB  ` +
          `probe ${Math.round(r.probeCostMs)} ms${r.timedOut ? '  TIMED OUT' : ''}`,
      );
    });
  }
  return lines.join('\n');
}

export interface SectionContext {
  date: string;
  photo: string;
  photoSize: string;
  browser: string;
  runs: number;
}

/** The issue's goals for our page, against Marzipano's first frame and image bytes, marked met or not. */
export function formatGoals(summaries: Summary[]): string {
  const ours = summaries.find((s) => s.contender.name.startsWith('Hà Giang 360'));
  const marzipano = summaries.find((s) => s.contender.name === 'Marzipano');
  if (!ours || !marzipano?.firstFrameMs || !marzipano.imageKiB) return '';
  const row = (goal: string, value: number | null, base: number, limit: number) => {
    const r = value === null ? null : value / base;
    return `| ${goal} | ${r === null ? '—' : `${r.toFixed(2)}×`} | ${r !== null && r <= limit ? 'yes' : 'no'} |`;
  };
  return [
    '| goal (ours vs Marzipano) | result | met |',
    '|---|---|---|',
    row('poster paint ≤ 0.5× Marzipano’s first frame', ours.lcpMs, marzipano.firstFrameMs, 0.5),
    row('first live frame ≤ 1.0× Marzipano’s', ours.firstFrameMs, marzipano.firstFrameMs, 1.0),
    row('image KiB to a sharp view ≤ 0.7× Marzipano’s', ours.imageKiB, marzipano.imageKiB, 0.7),
  ].join('\n');
}

export function formatSection(byNetwork: { network: NetworkProfileName; summaries: Summary[] }[], ctx: SectionContext): string {
  const tables = byNetwork.map(({ network, summaries }) => `### ${NETWORK_LABELS[network]}\n\n${formatTable(summaries)}\n\n${formatGoals(summaries)}`).join('\n\n');
  return `${SECTION_TITLE}

\`npm run bench:view\` — ${ctx.date}; photo \`${ctx.photo}\` (${ctx.photoSize}); headless Chromium ${ctx.browser}
(SwiftShader WebGL) at 1280×720, cache disabled, fresh context per run, median of ${ctx.runs} runs. Every page
opens at yaw 0, pitch 0, vertical FOV 60°. Each network profile is its own interleaved series: localhost as it
is, and the tourists' slow mobile link (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, CDP network
emulation).

${tables}

- **poster paint**: Largest Contentful Paint when it is an image, else the largest image's Element Timing
  (Chrome leaves an image covering the whole viewport out of LCP); "—" when no image is painted (a canvas
  never counts).
- **first frame**: first 50 ms sample at which the WebGL canvas itself (read in the page) correlates with the
  expected view computed from the photo — a blurry preview counts, a spinner or a poster over the canvas does not.
- **sharp**: the last change of the rendered frame (≥ 50 of its sampled pixels), once no image request is in
  flight and nothing has changed for 1 s; images arriving later that change nothing (prefetch) do not count.
- **KiB before sharp**: response bodies finished by then (images as files, JS gzipped as served).
- Ours: the real scene page (site header above a 16:9 viewer), built by \`astro build\` from the same photo as a
  one-scene tour: poster \`<img>\` first, then PSV with the pipeline's WebP tiles; its canvas is not the 1280×720
  reference view, so any panorama frame counts as its first frame.
- Peers: PSV 5 core with the single equirectangular JPEG; Marzipano 0.10 as Marzipano Tool exports it (512-px
  cube tiles + 256-px preview strip, no fade-in); Pannellum 2.5 multires as generate.py writes it (512-px tiles,
  default cube size). Tiles are JPEG q82 (mozjpeg) made from the same photo.
- Floors (what a poster-first page cannot beat): a header, a 1280×720 WebP poster cut from the photo, then,
  once it has painted, one 512-px WebP of the whole photo drawn by three.js alone (one sphere, one call) or by
  PSV's core (no navbar, no plugins). Nothing is fetched before the poster has painted. Their only image is
  512 px wide, so their "sharp" is not a sharp view: compare their poster and first frame.
`;
}

/** Replaces the section in `file` (from its heading to the next `## ` heading), or appends it; creates the file. */
export async function writeSection(file: string, section: string): Promise<void> {
  const present = await access(file).then(() => true, () => false);
  const text = present ? await readFile(file, 'utf8') : '# Benchmarks\n';
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === SECTION_TITLE);
  let next: string;
  if (start === -1) {
    next = `${text.replace(/\s*$/, '')}\n\n${section.trimEnd()}\n`;
  } else {
    let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
    if (end === -1) end = lines.length;
    const after = lines.slice(end).join('\n');
    next = `${lines.slice(0, start).join('\n')}${start ? '\n' : ''}${section.trimEnd()}\n${after ? `\n${after}` : ''}`;
  }
  await writeFile(file, next.endsWith('\n') ? next : `${next}\n`);
}
