/**
 * How `npm run build` starts `astro build`, its last step in package.json (issue 20):
 * `node --max-old-space-size=1536 node_modules/astro/bin/astro.mjs build`.
 *
 * Measured at 600 scenes (2655 pages, BENCHMARKS.md "Scale"), the `astro build` process alone reached
 * 1.26–1.29 GiB RSS while its live JavaScript heap (after a full collection) was at most 167 MiB:
 * on a machine with much memory V8 allows a 4 GiB heap and grows it by up to 4× between full
 * collections, so garbage from rendering the pages piled up (heap used ~460 MiB at the peak). The
 * rest is native memory (~600 MiB: the bundler, Rolldown, and glibc's malloc keeping freed memory).
 *
 * A limit of {@link ASTRO_HEAP_MIB} MiB, below the 2 GiB from which V8 allows its largest growth
 * factor, makes it collect sooner: heap used at the peak ~265 MiB, the process ~0.88 GiB instead of
 * 1.26 GiB. It is a ceiling, not a target: the live heap grows slowly with the site (99 MiB at 150
 * scenes, 167 MiB at 600, 257 MiB at 3000 once the offline step stopped holding every pack), so the
 * limit is 9× what 600 scenes need and 6× what 3000 need. A site that outgrows it stops with V8's
 * "JavaScript heap out of memory": raise the number in package.json (a `--max-old-space-size` in
 * NODE_OPTIONS does not override the command line's).
 */

/** The V8 heap limit of the `astro build` process, MiB (see above for how it was chosen). */
export const ASTRO_HEAP_MIB = 1536;

/**
 * The `node` arguments of the last step of package.json's build script (`node <args>`), so the
 * benchmark starts `astro build` exactly as `npm run build` does.
 */
export function astroBuildArgs(buildScript: string): string[] {
  const [program, ...args] = buildScript.split('&&').pop()!.trim().split(/\s+/);
  if (program !== 'node' || !args.includes('build')) {
    throw new Error(`package.json's build script should end with \`node --max-old-space-size=${ASTRO_HEAP_MIB} node_modules/astro/bin/astro.mjs build\`, not \`${[program, ...args].join(' ')}\`.`);
  }
  return args;
}
