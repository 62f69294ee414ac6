/** The BENCHMARKS.md section of `npm run bench:scale`: one row per site size and kind of build. */
import type { BuildMeasure } from './measure-build.ts';
import { PHASES } from './phases.ts';

export interface SizeResult {
  scenes: number;
  cores: number;
  measured: string;
  builds: Partial<Record<'cold' | 'coldOneJob' | 'unchanged' | 'photo' | 'text', BuildMeasure>>;
  checksSeconds?: number;
  firstQueryKiB?: number;
  firstQueryGzipKiB?: number;
}

const KINDS = [
  ['cold', 'cold'],
  ['unchanged', 'unchanged'],
  ['photo', 'one photo changed'],
  ['text', 'one text changed'],
  ['coldOneJob', 'cold, HG360_JOBS=1'],
] as const;

const s = (v: number | undefined, digits = 1) => (v === undefined ? '—' : v.toFixed(digits));

function buildRows(result: SizeResult): string[] {
  return KINDS.flatMap(([key, label]) => {
    const m = result.builds[key];
    if (!m) return [];
    const phases = PHASES.map((p) => s(m.phases[p])).join(' | ');
    return [`| ${result.scenes} | ${label} | ${s(m.seconds)} | ${s(m.cpuSeconds)} | ${s(m.seconds / result.scenes, 2)} | ${s(m.deriveSeconds)} | ${s(m.startup)} | ${phases} | ${s(m.peakMiB, 0)} | ${m.derived} | ${s(m.distMiB, 0)} | ${m.pages} |`];
  });
}

/** Which process held the memory: the tree at its peak, and each process's own peak. */
function processRows(result: SizeResult): string[] {
  return KINDS.flatMap(([key, label]) => {
    const m = result.builds[key];
    if (!m?.byProcess) return [];
    const own = m.byProcess.map((p) => `${p.command} ${p.peakMiB}`).join(', ');
    return [`| ${result.scenes} | ${label} | ${s(m.peakMiB, 0)} | ${m.atPeak} | ${own} |`];
  });
}

/** Goals of issue 20 against the figures, one line each. */
function goals(results: SizeResult[]): string[] {
  return results.flatMap((r) => {
    const { cold, unchanged, photo, text, coldOneJob } = r.builds;
    const lines: string[] = [];
    if (unchanged) {
      const limit = 0.1 * r.scenes + 5;
      lines.push(`- ${r.scenes} scenes, unchanged rebuild ${s(unchanged.seconds)} s wall (${s(unchanged.cpuSeconds)} s CPU) against the goal of ${s(limit)} s (0.1 s a scene + 5 s): ${unchanged.seconds <= limit ? 'met' : 'not met on the wall clock'}.`);
      if (photo) lines.push(`- ${r.scenes} scenes, one changed photo adds ${s(photo.seconds - unchanged.seconds)} s wall, ${s((photo.cpuSeconds ?? NaN) - (unchanged.cpuSeconds ?? NaN))} s CPU (goal ≤ 3 s), deriving ${photo.derived} photo (derivatives phase ${s(photo.phases.derivatives)} s).`);
      if (text) lines.push(`- ${r.scenes} scenes, one changed text: ${s(text.seconds)} s, ${text.derived} photos derived (goal: none).`);
    }
    const peak = Math.max(...Object.values(r.builds).map((m) => m.peakMiB));
    lines.push(`- ${r.scenes} scenes, peak RSS ${s(peak, 0)} MiB (goal ≤ 1229 MiB: ${peak <= 1229 ? 'met' : 'not met'}); content checks alone ${s(r.checksSeconds)} s (goal ≤ 10 s at 600).`);
    if (cold && coldOneJob) {
      const work = (m: BuildMeasure) => (m.deriveSeconds ?? 0) + m.phases.derivatives;
      lines.push(`- ${r.scenes} scenes, derivative work on ${r.cores} cores ${s(work(cold))} s against ${s(work(coldOneJob))} s with HG360_JOBS=1: ${s(work(coldOneJob) / work(cold), 2)}× faster.`);
    }
    return lines;
  });
}

export function scaleSection(results: SizeResult[]): string {
  const sorted = [...results].sort((a, b) => a.scenes - b.scenes);
  const cold = sorted.filter((r) => r.builds.cold);
  const perScene = cold.map((r) => `${r.scenes}: ${s(r.builds.cold!.seconds / r.scenes, 2)} s`).join(', ');
  return [
    '## Scale (bench:scale)',
    '',
    '`npm run bench:scale [-- --sizes 30,150,600] [--write]` (scripts/bench/scale/): sites generated from distinct photos',
    "(the demo's illustrations rolled and hue-turned, 4096×2048; tours of 10 scenes, one arrow and one hotspot each; no",
    'translations), each built as `npm run build` does (`derive:panoramas` in its own process, then `astro build`) cold,',
    'unchanged, with one photo changed, with one scene text changed.',
    `Machine: ${sorted[0]?.cores ?? '?'} cores, shared with other builds (wall figures are noisy; CPU is user + system seconds of`,
    'the build\'s processes, which the neighbours do not inflate). Seconds; "startup" is Node and',
    'Astro before the first hook; the phases come from the steps the build records with `HG360_BUILD_TIMINGS`',
    '(scripts/bench/scale/phases.ts says which gap is which). Peak RSS: the process tree, sampled every 50 ms (a child',
    "between fork and exec is not counted twice: its pages are still its parent's); `astro build` runs as `npm run build`",
    'runs it (with its heap limit: src/build/astro-process.ts).',
    '',
    `| scenes | build | wall | CPU | wall per scene | derive:panoramas | startup | ${PHASES.join(' | ')} | peak RSS MiB | derived | dist MiB | pages |`,
    `|---:|---|---:|---:|---:|---:|---:|${PHASES.map(() => '---:').join('|')}|---:|---:|---:|---:|`,
    ...sorted.flatMap(buildRows),
    '',
    'Which process held the memory (MiB): the tree at its peak, and each process\'s own peak during that build',
    '(`derive-panoramas.ts` is the step before Astro, in a process of its own; the others are Astro and its children).',
    '',
    '| scenes | build | peak RSS | processes at the peak | each process\'s own peak |',
    '|---:|---|---:|---|---|',
    ...sorted.flatMap(processRows),
    '',
    '| scenes | content checks alone (s) | first search "dong van" KiB (gzip) | measured |',
    '|---:|---:|---:|---|',
    ...sorted.map((r) => `| ${r.scenes} | ${s(r.checksSeconds)} | ${s(r.firstQueryKiB)} (${s(r.firstQueryGzipKiB)}) | ${r.measured.slice(0, 16)} |`),
    '',
    `Cold cost per scene: ${perScene || '—'}.`,
    '',
    ...goals(sorted),
  ].join('\n');
}
