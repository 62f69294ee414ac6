import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** `hash → file names` of every derivative URL under `assetsBase` found in the built HTML, JSON and XML. */
export async function referencedFiles(outDir: string, assetsBase: string): Promise<Map<string, Set<string>>> {
  const prefix = assetsBase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${prefix}([0-9a-f]{16})/([\\w./{}-]+\\.(?:webp|jpg|avif|mp3|m4a|aac|ogg|opus|wav|mp4|webm))`, 'g');
  const used = new Map<string, Set<string>>();
  for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|json|xml)$/.test(entry.name)) continue;
    const text = await readFile(join(entry.parentPath, entry.name), 'utf8');
    for (const [, hash, name] of text.matchAll(pattern)) {
      if (!used.has(hash!)) used.set(hash!, new Set());
      used.get(hash!)!.add(name!);
    }
  }
  return used;
}

/**
 * Copies into `outDir/<publicDir>/` exactly the derivatives the built pages refer to. Whatever else
 * the cache holds (an old photo, an old view's poster) stays out of the published site.
 */
export async function publishReferenced(outDir: string, cacheDir: string, assetsBase: string, publicDir: string) {
  const used = await referencedFiles(outDir, assetsBase);
  const target = join(outDir, publicDir);
  let files = 0;
  for (const [hash, names] of used) {
    // Tiles are addressed through a URL template, so a used panorama brings all of its tiles.
    if ([...names].some((name) => name.startsWith('tiles/'))) {
      await cp(join(cacheDir, hash, 'tiles'), join(target, hash, 'tiles'), { recursive: true });
    }
    for (const name of names) {
      if (name.startsWith('tiles/')) continue;
      await mkdir(dirname(join(target, hash, name)), { recursive: true });
      await cp(join(cacheDir, hash, name), join(target, hash, name));
      files++;
    }
  }
  return { panoramas: used.size, files };
}
