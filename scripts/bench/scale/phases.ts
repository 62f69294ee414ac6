/**
 * A build's recorded steps (src/build/timings.ts) grouped into the phases BENCHMARKS.md reports.
 * Hooks give the edges; what Astro does between two hooks is the gap between them:
 *   content checks   hg360:content-checks astro:config:setup
 *   content sync     last astro:config:done → first astro:build:start (Vite set-up, content store)
 *   bundling         astro:build:start → the data layer's first call (Vite builds the pages' code)
 *   derivatives      the data layer's photo work (src/data/tours.ts, "data photos")
 *   rendering        the rest until astro:build:done starts (Astro renders every page)
 *   copying          hg360:panoramas astro:build:done (derivatives into dist/_pano)
 *   Pagefind         hg360:search astro:build:done
 *   other            everything else after rendering (sitemap, headers, offline packs, the swap)
 */
import type { TimedStep } from '../../../src/build/timings.ts';

export const PHASES = ['checks', 'sync', 'bundling', 'derivatives', 'rendering', 'copying', 'pagefind', 'other'] as const;
export type Phase = (typeof PHASES)[number];

const span = (steps: TimedStep[], match: (s: string) => boolean) => steps.filter((s) => match(s.step));
const total = (steps: TimedStep[]) => steps.reduce((sum, s) => sum + (s.end - s.start), 0);

/** Seconds per phase. `started` is when the build process was spawned. */
export function phasesOf(steps: TimedStep[], started: number, ended: number): Record<Phase, number> {
  const at = (hook: string, pick: 'first' | 'last') => {
    const found = span(steps, (s) => s.endsWith(` ${hook}`));
    return pick === 'first' ? Math.min(...found.map((s) => s.start)) : Math.max(...found.map((s) => s.end));
  };
  const configDone = at('astro:config:done', 'last');
  const buildStart = at('astro:build:start', 'first');
  const buildDone = at('astro:build:done', 'first');
  const photos = span(steps, (s) => s === 'data photos');
  const dataStart = photos.length > 0 ? Math.min(...photos.map((s) => s.start)) : buildStart;
  const derivatives = total(photos);
  const done = span(steps, (s) => s.endsWith(' astro:build:done'));
  const copying = total(span(done, (s) => s.startsWith('hg360:panoramas ')));
  const pagefind = total(span(done, (s) => s.startsWith('hg360:search ')));
  const seconds = {
    checks: total(span(steps, (s) => s === 'hg360:content-checks astro:config:setup')),
    sync: buildStart - configDone,
    bundling: dataStart - buildStart,
    derivatives,
    rendering: buildDone - dataStart - derivatives,
    copying,
    pagefind,
    other: ended - buildDone - copying - pagefind,
  };
  return Object.fromEntries(Object.entries(seconds).map(([k, ms]) => [k, ms / 1000])) as Record<Phase, number>;
}

/** The time before content checks start: Node, Astro and the config loading. */
export const startupOf = (steps: TimedStep[], started: number) => (Math.min(...steps.map((s) => s.start)) - started) / 1000;
