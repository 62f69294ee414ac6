/**
 * How `npm run build` starts `astro build` (scripts/astro-build.ts; issue 20): in a Node process of
 * its own whose memory does not pile up. Measured at 600 scenes (2655 pages, BENCHMARKS.md "Scale"),
 * that process alone reached 1.2–1.3 GiB RSS while its live JavaScript heap stayed under 170 MiB:
 *
 * - **The JavaScript heap** climbed to ~460 MiB of mostly garbage while the pages were rendered: on a
 *   machine with much memory V8 lets the heap grow up to 4 GiB before it compacts, and grows it by a
 *   factor up to 4. A limit of {@link ASTRO_HEAP_MIB} MiB makes it collect sooner (the heap then
 *   peaked at ~265 MiB). It is a limit, not a target: the largest live heap measured was 167 MiB at
 *   600 scenes (~0.2 MiB a scene beyond ~50 MiB), so it leaves room for about 6 000 scenes; past that,
 *   or for a site heavier per page, raise it with `NODE_OPTIONS=--max-old-space-size=<MiB>`, which
 *   takes precedence.
 * - **Native memory** (~600 MiB): the bundler (Rolldown, with its own mimalloc) and glibc's malloc
 *   keep freed memory for reuse. `MALLOC_ARENA_MAX=2` stops glibc giving each of the bundler's
 *   threads an arena of its own, and `MIMALLOC_PURGE_DELAY=0` makes mimalloc return freed pages at
 *   once instead of after a delay. Both only change when memory goes back to the system, never what
 *   is computed; a value already set in the environment wins.
 */
import { join } from 'node:path';

/** The V8 heap limit of the `astro build` process, MiB (see above for how it was chosen). */
export const ASTRO_HEAP_MIB = 1536;

/** Allocator settings for the `astro build` process; the environment's own values take precedence. */
export const ALLOCATOR_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MIMALLOC_PURGE_DELAY: '0' };

export interface AstroProcess {
  /** Arguments for `node`: the heap limit (unless NODE_OPTIONS has one), Astro's CLI, `build`, then `extra`. */
  args: string[];
  env: NodeJS.ProcessEnv;
}

/** The `node` command line and environment that run `astro build` in `root`. */
export function astroBuildProcess(root: string, env: NodeJS.ProcessEnv, extra: string[] = []): AstroProcess {
  const ownLimit = /--max-old-space-size\b/.test(env.NODE_OPTIONS ?? '');
  return {
    args: [...(ownLimit ? [] : [`--max-old-space-size=${ASTRO_HEAP_MIB}`]), join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...extra],
    env: { ...ALLOCATOR_ENV, ...env },
  };
}
