/**
 * How to start `astro build` as a child process (tests, benchmarks) so that builds can run side by side.
 *
 * Astro keeps a static build's prerender chunks in `<output folder>/.prerender/`, unless the output
 * folder is outside the working folder: then in `./.astro/.prerender/` of the working folder
 * (astro 7, prerender/utils.js, `getOutDirWithinCwd`), which must be inside the project for the
 * chunks to find its node_modules. Two builds started from the project into folders elsewhere (a
 * fixture site under /tmp) would share that folder and delete each other's chunks ("Cannot find
 * module '.astro/.prerender/chunks/…'"). Such a build therefore runs from a working folder of its
 * own inside the project, and `--root` names the project.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
const WORKING_FOLDERS = join(PROJECT_ROOT, 'node_modules/.cache/hg360/astro-cwd');

export interface AstroInvocation {
  /** The working folder to start it in. */
  cwd: string;
  /** Node's arguments: astro's entry, `build` and, from elsewhere, where the project is. */
  args: string[];
  /** Removes the working folder made for this run (none for a build into the project). */
  cleanUp(): void;
}

/** `astro build` into `outDir` (as HG360_OUT_DIR or `--outDir` give it; the project's `dist/` when unset). */
export function astroBuildInvocation(outDir?: string): AstroInvocation {
  const fromProject = outDir ? relative(PROJECT_ROOT, resolve(PROJECT_ROOT, outDir)) : '';
  if (!fromProject.startsWith('..') && !isAbsolute(fromProject)) return { cwd: PROJECT_ROOT, args: [ASTRO_BIN, 'build'], cleanUp: () => {} };
  mkdirSync(WORKING_FOLDERS, { recursive: true });
  const cwd = mkdtempSync(join(WORKING_FOLDERS, 'run-'));
  return { cwd, args: [ASTRO_BIN, 'build', '--root', PROJECT_ROOT], cleanUp: () => rmSync(cwd, { recursive: true, force: true }) };
}
