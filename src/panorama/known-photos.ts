/**
 * What the pipeline learnt about a photo last time, so that a rebuild with the photo unchanged
 * reads neither its pixels nor its bytes (issue 20): the header, the GPano data and the content
 * hash of a 4096×2048 JPEG cost ~10–20 ms a photo, which is seconds for a province's hundreds
 * of scenes on every build. A record sits in `<cache>/photos/<sha1 of the path>.json` and is
 * trusted only while the file's size, modification time and inode are the same; any save, copy
 * or checkout changes one of them, and the photo is then read and hashed again.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GPanoInfo } from './coverage.ts';
import type { PhotoInfo } from './inspect-photo.ts';

export interface KnownPhoto {
  info: PhotoInfo;
  gpano: GPanoInfo;
  /** The derivatives' hash (photoHash) by the coverage it was worked out for (JSON, `null` for a full sphere). */
  hashes: Record<string, string>;
}

interface StoredRecord extends KnownPhoto {
  size: number;
  mtimeMs: number;
  ino: number;
}

const recordFile = (cacheDir: string, path: string) => join(cacheDir, 'photos', `${createHash('sha1').update(path).digest('hex')}.json`);

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/**
 * The file's stamp now (undefined when it cannot be read: the pipeline's own checks then say why)
 * and what was known of it, if it has not changed since. Take the stamp before reading the file: a
 * photo saved while the build reads it then gets a record that will not match it.
 */
export async function knownPhoto(cacheDir: string, path: string): Promise<{ stamp?: FileStamp; known?: KnownPhoto }> {
  const [now, record] = await Promise.all([
    stat(path).catch(() => undefined),
    readFile(recordFile(cacheDir, path), 'utf8').then(
      (text) => JSON.parse(text) as StoredRecord,
      () => undefined,
    ),
  ]);
  if (!now) return {};
  const stamp = { size: now.size, mtimeMs: now.mtimeMs, ino: now.ino };
  if (!record || record.size !== stamp.size || record.mtimeMs !== stamp.mtimeMs || record.ino !== stamp.ino) return { stamp };
  return { stamp, known: { info: record.info, gpano: record.gpano, hashes: record.hashes } };
}

/** Remembers what was learnt of `path`, under the stamp taken before it was read. */
export async function rememberPhoto(cacheDir: string, path: string, before: FileStamp, known: KnownPhoto): Promise<void> {
  const file = recordFile(cacheDir, path);
  await mkdir(join(cacheDir, 'photos'), { recursive: true });
  const tmp = `${file}.tmp-${randomUUID().slice(0, 8)}`;
  const record: StoredRecord = { size: before.size, mtimeMs: before.mtimeMs, ino: before.ino, ...known };
  await writeFile(tmp, JSON.stringify(record));
  await rename(tmp, file);
}
