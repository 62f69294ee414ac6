// The stamp file that lets the generator skip unchanged pictures and, just as
// important, recognise files it did NOT write (an editor's real photo) so it
// never overwrites them. Maps output path → { recipeHash, outputSha256 }.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { GENERATOR_VERSION, type PanoramaRecipe } from './recipes.ts';

export interface StampEntry {
  recipeHash: string;
  /** sha256 of the JPEG we wrote; '' when the file there is not ours */
  outputSha256: string;
  /**
   * Set when a file we did not write was found with no stamp entry (and a
   * render proved it is not ours): remembered so later runs skip that render.
   */
  foreignSha256?: string;
}

export type Stamp = Record<string, StampEntry>;

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with sorted keys, so the hash does not depend on property order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function recipeHash(recipe: PanoramaRecipe): string {
  return sha256(`${GENERATOR_VERSION}\n${stableJson(recipe)}`);
}

/** sha256 of a file, or undefined when it does not exist. */
export async function fileSha256(path: string): Promise<string | undefined> {
  try {
    return sha256(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A missing or unreadable stamp is an empty one (files then get re-checked by content). */
export async function readStamp(file: string): Promise<Stamp> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Stamp) : {};
  } catch {
    return {};
  }
}

/** Write-then-rename, so an interrupted run never leaves half a file. */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

export async function writeStamp(file: string, stamp: Stamp): Promise<void> {
  const sorted: Stamp = {};
  for (const key of Object.keys(stamp).sort()) sorted[key] = stamp[key];
  await writeAtomic(file, `${JSON.stringify(sorted, null, 2)}\n`);
}
