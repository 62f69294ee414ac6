import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { derivePanorama, type PanoramaDerivatives } from './derive-panorama.ts';
import { PanoramaInputError } from './errors.ts';
import { DEFAULT_CONCURRENCY, mapBounded } from './pool.ts';

const PHOTO_EXTENSIONS = /\.(jpe?g|png|webp|avif|tiff?)$/i;

/**
 * What the pipeline knows about each photo under the content folder, keyed by its path relative
 * to the project root with forward slashes (e.g. `content/tours/x/y.jpg`). A photo that failed
 * its checks carries the editor-facing error instead of files: the scene that uses it reports it,
 * so the message can name the scene file and its `photo` field.
 */
export type PanoramaManifest = Record<string, { ok: true; derivatives: PanoramaDerivatives } | { ok: false; problem: string; hint: string }>;

async function listPhotos(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && PHOTO_EXTENSIONS.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export interface BuildManifestOptions {
  root: string;
  /** Folders (relative to root) whose photos are panoramas. */
  photoDirs: readonly string[];
  cacheDir: string;
  onProgress?: (done: number, total: number, key: string) => void;
}

/** Derives every panorama photo (cached by hash) and returns the manifest. */
export async function buildPanoramaManifest({ root, photoDirs, cacheDir, onProgress }: BuildManifestOptions): Promise<PanoramaManifest> {
  const photos = (await Promise.all(photoDirs.map((dir) => listPhotos(join(root, dir))))).flat();
  const manifest: PanoramaManifest = {};
  let done = 0;
  await mapBounded(photos, DEFAULT_CONCURRENCY, async (path) => {
    const key = relative(root, path).split(sep).join('/');
    try {
      manifest[key] = { ok: true, derivatives: await derivePanorama(path, key, cacheDir) };
    } catch (error) {
      if (!(error instanceof PanoramaInputError)) throw error;
      manifest[key] = { ok: false, problem: error.problem, hint: error.hint };
    }
    onProgress?.(++done, photos.length, key);
  });
  return manifest;
}
