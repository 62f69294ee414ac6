/**
 * The other files a scene brings: photos shown in hotspot panels (resized to WebP) and sound or
 * video files (published as they are). Same cache and publishing as the panoramas: a folder
 * named by the content hash, so a changed file gets a new URL and an unchanged one is not redone.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { PanoramaInputError } from './errors.ts';
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

async function readSource(file: string, root: string, kind: string): Promise<Buffer> {
  const bytes = await readFile(join(root, file)).catch(() => {
    throw new PanoramaInputError(file, `The ${kind} file does not exist.`, 'Check the file name (upper/lower case must match) and that it sits beside the scene file.');
  });
  if (bytes.length === 0) throw new PanoramaInputError(file, `The ${kind} file is empty (0 bytes).`, 'Copy the file again.');
  return bytes;
}

const hashOf = (bytes: Buffer, salt: string) => createHash('sha256').update(`${MEDIA_VERSION}|${salt}`).update(bytes).digest('hex').slice(0, 16);

export interface PreparedImage {
  hash: string;
  file: string;
  width: number;
  height: number;
}

/** A photo for a hotspot panel, as WebP at most 800 px wide. */
export async function prepareImage(file: string, { root, cacheDir }: PipelineContext): Promise<PreparedImage> {
  const bytes = await readSource(file, root, 'image');
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
export async function prepareMedia(file: string, { root, cacheDir }: PipelineContext): Promise<{ hash: string; file: string }> {
  const bytes = await readSource(file, root, 'sound or video');
  const hash = hashOf(bytes, 'media');
  const out = `media${extname(file).toLowerCase()}`;
  if (!(await exists(join(cacheDir, hash, out)))) {
    await mkdir(join(cacheDir, hash), { recursive: true });
    await copyFile(join(root, file), join(cacheDir, hash, out));
  }
  return { hash, file: out };
}
