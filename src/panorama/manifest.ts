/**
 * The build manifest, `dist/_pano/manifest.json` (issue 20): every published derivative by its
 * path under `_pano/`, with its size and SHA-256. What a CDN or object store holds is compared with
 * it (`npm run publish:assets`), so only files it lacks are uploaded; CI caches can be checked too.
 * Hashing ~170 files a photo each build would cost seconds at scale, so each cache folder keeps its
 * files' digests in `.files.json`: the folder's files never change once written (its name is the
 * content hash; a new view adds a poster file beside, it never rewrites one).
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const MANIFEST_FILE = 'manifest.json';
const DIGESTS_FILE = '.files.json';

export interface ManifestEntry {
  size: number;
  sha256: string;
}

export interface PanoManifest {
  version: 1;
  /** `<hash>/<file>` (as under `_pano/`) → size and digest. */
  files: Record<string, ManifestEntry>;
}

const readJson = async <T>(file: string): Promise<T | undefined> =>
  readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as T,
    () => undefined,
  );

/** Writes through a temporary file: a reader never sees half a JSON file. */
async function writeJsonAtomically(file: string, value: unknown): Promise<void> {
  const tmp = `${file}.tmp-${randomUUID().slice(0, 8)}`;
  await writeFile(tmp, JSON.stringify(value));
  await rename(tmp, file);
}

/** Size and digest of each named file of one cache folder, hashing only the ones not seen before. */
export async function folderDigests(folder: string, names: readonly string[]): Promise<Record<string, ManifestEntry>> {
  const known = (await readJson<Record<string, ManifestEntry>>(join(folder, DIGESTS_FILE))) ?? {};
  let added = false;
  for (const name of names) {
    if (known[name]) continue;
    const bytes = await readFile(join(folder, name));
    known[name] = { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    added = true;
  }
  if (added) await writeJsonAtomically(join(folder, DIGESTS_FILE), known);
  return Object.fromEntries(names.map((name) => [name, known[name]!]));
}

/** The manifest with its entries sorted, so two builds of the same site write the same bytes. */
export async function writeManifest(dir: string, files: Record<string, ManifestEntry>): Promise<void> {
  const sorted = Object.fromEntries(Object.keys(files).sort().map((key) => [key, files[key]!]));
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify({ version: 1, files: sorted } satisfies PanoManifest)}\n`);
}

/** Files of `local` that `remote` does not have, or has with other bytes. */
export function missingFiles(local: PanoManifest, remote: PanoManifest | undefined): string[] {
  return Object.entries(local.files)
    .filter(([path, entry]) => {
      const there = remote?.files[path];
      return !there || there.sha256 !== entry.sha256 || there.size !== entry.size;
    })
    .map(([path]) => path);
}
