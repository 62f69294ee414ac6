/**
 * The other files a scene brings: photos shown in hotspot panels (resized to WebP) and sound or
 * video files (published as they are). Same cache and publishing as the panoramas: a folder
 * named by the content hash, so a changed file gets a new URL and an unchanged one is not redone.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { PanoramaInputError } from './errors.ts';
import { checkMediaSignature, resolveContentFile } from './content-file.ts';
import type { PipelineContext } from './prepare.ts';
import { orientedSize } from './orientation.ts';

/** Panel images are shown at most ~400 CSS px wide; 800 covers 2× screens. */
const PANEL_IMAGE_WIDTH = 800;
const MEDIA_VERSION = 1;

const exists = (path: string) =>
  stat(path).then(
    (s) => s.isFile() && s.size > 0,
    () => false,
  );

/** The file's bytes, once it is known to be a regular file inside the content folder (content-file.ts). */
async function readSource(file: string, { root, contentDirs = [root] }: PipelineContext, kind: string): Promise<{ bytes: Buffer; path: string }> {
  const path = await resolveContentFile(join(root, file), file, kind, contentDirs);
  return { bytes: await readFile(path), path };
}

const hashOf = (bytes: Buffer, salt: string) => createHash('sha256').update(`${MEDIA_VERSION}|${salt}`).update(bytes).digest('hex').slice(0, 16);

export interface PreparedImage {
  hash: string;
  file: string;
  width: number;
  height: number;
}

/** A photo for a hotspot panel, as WebP at most 800 px wide. */
export async function prepareImage(file: string, context: PipelineContext): Promise<PreparedImage> {
  const { cacheDir } = context;
  const { bytes } = await readSource(file, context, 'image');
  const hash = hashOf(bytes, `image-${PANEL_IMAGE_WIDTH}`);
  const dir = join(cacheDir, hash);
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    throw new PanoramaInputError(file, 'The file is not an image that can be read.', 'Export it again as JPEG or PNG.');
  }
  // The photo is turned upright below (rotate()): its size on the page is the oriented one.
  const upright = orientedSize(meta);
  const width = Math.min(PANEL_IMAGE_WIDTH, upright.width ?? PANEL_IMAGE_WIDTH);
  const height = Math.round((width * (upright.height ?? width)) / (upright.width ?? width));
  const out = `image-${width}.webp`;
  if (!(await exists(join(dir, out)))) {
    await mkdir(dir, { recursive: true });
    await sharp(bytes).rotate().resize(width).webp({ quality: 78 }).toFile(join(dir, out));
  }
  return { hash, file: out, width, height };
}

/** A sound or video file, published unchanged under a hashed name. */
export async function prepareMedia(file: string, context: PipelineContext): Promise<{ hash: string; file: string }> {
  const { cacheDir } = context;
  const { bytes, path } = await readSource(file, context, 'sound or video');
  await checkMediaSignature(path, file);
  const hash = hashOf(bytes, 'media');
  const out = `media${extname(file).toLowerCase()}`;
  if (!(await exists(join(cacheDir, hash, out)))) {
    await mkdir(join(cacheDir, hash), { recursive: true });
    await writeFile(join(cacheDir, hash, out), bytes);
  }
  return { hash, file: out };
}
