/**
 * The small pictures of a whole panorama, photo or video alike: the thumbnails (cards, gallery)
 * and, for photos, the base image PSV shows while the tiles load. Both are the 2:1 sphere scaled
 * down from one small decode.
 */
import { join } from 'node:path';
import type { Sharp } from 'sharp';
import { PIPELINE_SETTINGS } from './settings.ts';

export interface Thumbnail {
  width: number;
  file: string;
}

/** The thumbnails every panorama gets, by the pipeline's settings. */
export function thumbnailList(): Thumbnail[] {
  const { thumbnails } = PIPELINE_SETTINGS;
  return thumbnails.widths.map((width) => ({ width, file: `thumb-${width}.${thumbnails.format}` }));
}

/** The 2:1 sphere `image` at `width` as WebP in `path`. */
export async function writeSphereWebp(image: Sharp, width: number, { quality, effort }: { quality: number; effort: number }, path: string): Promise<void> {
  await image.clone().resize(width, width / 2, { fit: 'fill' }).webp({ quality, effort }).toFile(path);
}

/** Writes `thumbs` (from `thumbnailList()`) of the sphere `image` into `dir`, one after the other. */
export async function writeThumbnails(image: Sharp, thumbs: Thumbnail[], dir: string): Promise<void> {
  for (const thumb of thumbs) await writeSphereWebp(image, thumb.width, PIPELINE_SETTINGS.thumbnails, join(dir, thumb.file));
}
