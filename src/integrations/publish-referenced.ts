import { copyFile, link, mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { folderDigests, type ManifestEntry, writeManifest } from '../panorama/manifest.ts';
import { mapBounded } from '../panorama/pool.ts';

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

/** The files of one hash folder to publish: the names used, with every tile when the tile template is used. */
async function filesToPublish(folder: string, names: Set<string>): Promise<string[]> {
  const files = [...names].filter((name) => !name.startsWith('tiles/'));
  // Tiles are addressed through a URL template, so a used panorama brings all of its tiles.
  if ([...names].some((name) => name.startsWith('tiles/'))) {
    const tiles = await readdir(join(folder, 'tiles'), { recursive: true, withFileTypes: true });
    files.push(...tiles.filter((e) => e.isFile()).map((e) => relative(folder, join(e.parentPath, e.name))));
  }
  return files;
}

/**
 * A hard link when the cache and the site share a file system: a 600-scene site publishes ~100 000
 * tiles, and linking them costs a fraction of copying (issue 20). Safe because cache files are never
 * rewritten in place (each folder is written aside and renamed in, src/panorama/derive-photo.ts)
 * and the old site is removed by unlinking. A copy where links are refused (another disk, Windows shares).
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}

/**
 * Puts into `outDir/<publicDir>/` exactly the derivatives the built pages refer to, and the manifest
 * listing them (src/panorama/manifest.ts). Whatever else the cache holds (an old photo, an old
 * view's poster) stays out of the published site.
 */
export async function publishReferenced(outDir: string, cacheDir: string, assetsBase: string, publicDir: string) {
  const used = await referencedFiles(outDir, assetsBase);
  const target = join(outDir, publicDir);
  const manifest: Record<string, ManifestEntry> = {};
  let files = 0;
  for (const [hash, names] of used) {
    const folder = join(cacheDir, hash);
    const publish = await filesToPublish(folder, names);
    const dirs = new Set(publish.map((file) => dirname(join(target, hash, file))));
    for (const dir of dirs) await mkdir(dir, { recursive: true });
    await mapBounded(publish, 32, (file) => linkOrCopy(join(folder, file), join(target, hash, file)));
    for (const [file, entry] of Object.entries(await folderDigests(folder, publish))) manifest[`${hash}/${file}`] = entry;
    files += publish.length - publish.filter((file) => file.startsWith('tiles/')).length;
  }
  await mkdir(target, { recursive: true });
  await writeManifest(target, manifest);
  return { panoramas: used.size, files, published: Object.keys(manifest).length };
}
