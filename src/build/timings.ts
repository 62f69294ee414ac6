/**
 * Where a build's time goes, for `npm run bench:scale` (issue 20): with `HG360_BUILD_TIMINGS=<file>`
 * every integration hook and the data layer's photo work append one JSON line
 * `{ "step": "...", "start": <ms>, "end": <ms> }` (wall-clock ms) to that file. Unset, nothing is
 * recorded and the integrations run untouched. A file, not memory: pages are rendered from
 * Astro's bundled copy of the data layer, which shares no module state with astro.config.mjs.
 */
import { appendFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

export interface TimedStep {
  step: string;
  start: number;
  end: number;
}

/** Appends one step, when the build was asked to record them. */
export function recordStep(step: string, start: number, end = Date.now()): void {
  const file = process.env.HG360_BUILD_TIMINGS;
  if (file) appendFileSync(file, `${JSON.stringify({ step, start, end } satisfies TimedStep)}\n`);
}

/** Times `work` as `step`. */
export async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const start = Date.now();
  try {
    return await work();
  } finally {
    recordStep(step, start);
  }
}

type Hook = (...args: never[]) => unknown;

/**
 * The integrations with every hook timed as `<integration> <hook>`, when `HG360_BUILD_TIMINGS` is
 * set; otherwise the same objects. Astro calls hooks one integration after another, so the steps
 * between two hooks (content sync, bundling, rendering) are the gaps between them.
 */
export function withTimings(integrations: AstroIntegration[]): AstroIntegration[] {
  if (!process.env.HG360_BUILD_TIMINGS) return integrations;
  // Hooks none of ours use, recorded so the steps between them (content sync, bundling) have edges.
  const edges: AstroIntegration = { name: 'hg360:build-timings', hooks: { 'astro:config:done': () => {}, 'astro:build:start': () => {}, 'astro:build:generated': () => {} } };
  return [...integrations, edges].map((integration) => ({
    ...integration,
    hooks: Object.fromEntries(
      Object.entries(integration.hooks).map(([name, hook]) => [name, (...args: never[]) => timed(`${integration.name} ${name}`, async () => (hook as Hook)(...args))]),
    ),
  }));
}
