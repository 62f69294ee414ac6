// CLI: `node scripts/demo-panoramas/generate.ts` renders every demo panorama
// that is missing or outdated into content/tours/<tour>/<scene>.illustration.jpg.
// Rules: never redo an unchanged picture (stamp file), never overwrite a file
// we did not produce (warn and keep it), at most 2 renders at once (the
// machines have 2 cores and each render is single-threaded librsvg + mozjpeg).

import { rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileSha256, readStamp, recipeHash, sha256, type Stamp, writeAtomic, writeStamp } from './cache.ts';
import { DEMO_PANORAMAS, type PanoramaRecipe } from './recipes.ts';

/**
 * Renders one recipe to JPEG bytes (4096×2048). Loaded lazily: an all-
 * unchanged run then never loads sharp/libvips or the drawing code, which
 * keeps `npm run dev` start-up fast.
 */
export async function renderPanorama(recipe: PanoramaRecipe): Promise<Buffer> {
  const { renderPanorama: render } = await import('./render.ts');
  return render(recipe);
}

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DEFAULT_STAMP_FILE = join(REPO_ROOT, 'node_modules', '.cache', 'hg360', 'demo-panoramas.json');

export interface GenerateOptions {
  /** replaces `content/tours`: files go to <outDir>/<tour>/<scene>.illustration.jpg */
  outDir?: string;
  recipes?: readonly PanoramaRecipe[];
  stampFile?: string;
  /** parallel renders, default 2 */
  concurrency?: number;
  log?: (line: string) => void;
  warn?: (line: string) => void;
}

/** generated: written now; unchanged: already up to date; kept: a file we did not make, left alone. */
export type GenerateStatus = 'generated' | 'unchanged' | 'kept';

export interface GenerateResult {
  id: string;
  output: string;
  status: GenerateStatus;
  ms: number;
}

export function outputPathFor(recipe: PanoramaRecipe, outDir?: string): string {
  return outDir ? join(resolve(outDir), recipe.tour, `${recipe.scene}.illustration.jpg`) : join(REPO_ROOT, recipe.output);
}

/** Stamp keys are repo-relative with "/" (stable across machines); absolute outside the repo. */
function stampKey(file: string): string {
  const rel = relative(REPO_ROOT, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}

const shown = (file: string) => stampKey(file);

async function processOne(recipe: PanoramaRecipe, file: string, stamp: Stamp, warn: (l: string) => void): Promise<GenerateStatus> {
  const key = stampKey(file);
  const hash = recipeHash(recipe);
  const existing = await fileSha256(file);
  const entry = stamp[key];
  let rendered: Buffer | undefined;
  if (existing !== undefined) {
    if (entry && entry.outputSha256 === existing) {
      if (entry.recipeHash === hash) return 'unchanged';
    } else {
      // No stamp entry (stamp lost with node_modules?) or a different file.
      // Only a byte-identical render proves the file is ours; anything else
      // may be someone's photo, so it stays.
      rendered = entry ? undefined : await renderPanorama(recipe);
      if (rendered && sha256(rendered) === existing) {
        stamp[key] = { recipeHash: hash, outputSha256: existing };
        return 'unchanged';
      }
      if (rendered) stamp[key] = { recipeHash: hash, outputSha256: '', foreignSha256: existing };
      warn(
        `⚠ demo panoramas: ${shown(file)} was not produced by this generator (replaced by a real photo, or edited?) — ` +
          'left untouched. Delete it if you want the illustration back.',
      );
      return 'kept';
    }
  }
  const jpeg = rendered ?? (await renderPanorama(recipe));
  // Re-check just before writing: a file may have appeared while we rendered.
  if ((await fileSha256(file)) !== existing) {
    warn(`⚠ demo panoramas: ${shown(file)} changed while rendering — left untouched.`);
    return 'kept';
  }
  await writeAtomic(file, jpeg);
  stamp[key] = { recipeHash: hash, outputSha256: sha256(jpeg) };
  return 'generated';
}

export async function generateAll(options: GenerateOptions = {}): Promise<GenerateResult[]> {
  const recipes = options.recipes ?? DEMO_PANORAMAS;
  const stampFile = options.stampFile ?? DEFAULT_STAMP_FILE;
  const log = options.log ?? ((line: string) => console.log(line));
  const warn = options.warn ?? ((line: string) => console.warn(line));
  const started = performance.now();
  const stamp = await readStamp(stampFile);
  const results: GenerateResult[] = new Array(recipes.length);
  let next = 0;
  const worker = async () => {
    while (next < recipes.length) {
      const i = next++;
      const recipe = recipes[i];
      const file = outputPathFor(recipe, options.outDir);
      const t0 = performance.now();
      try {
        const status = await processOne(recipe, file, stamp, warn);
        const ms = performance.now() - t0;
        results[i] = { id: recipe.id, output: file, status, ms };
        log(`  ${status.padEnd(9)} ${shown(file)}${status === 'generated' ? `  (${(ms / 1000).toFixed(1)} s)` : ''}`);
      } catch (error) {
        await rm(`${file}.${process.pid}.tmp`, { force: true });
        throw error;
      }
    }
  };
  try {
    const n = Math.max(1, Math.min(options.concurrency ?? 2, recipes.length));
    await Promise.all(Array.from({ length: n }, worker));
  } finally {
    await writeStamp(stampFile, stamp);
  }
  const count = (s: GenerateStatus) => results.filter((r) => r.status === s).length;
  log(
    `demo panoramas: ${recipes.length} in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
      `(${count('generated')} generated, ${count('unchanged')} unchanged, ${count('kept')} kept)`,
  );
  return results;
}

if (import.meta.main) {
  generateAll().catch((error: unknown) => {
    console.error('demo panoramas: failed:', error);
    process.exitCode = 1;
  });
}
