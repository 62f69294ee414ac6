import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { RawImage } from './reproject.ts';
import { PIPELINE_SETTINGS } from './settings.ts';

/** One resolution of the tiled panorama, in PSV's EquirectangularTilesAdapter terms. */
export interface TileLevel {
  /** Full width of the panorama at this level (height is width / 2). */
  width: number;
  cols: number;
  rows: number;
}

/** Tile size for a level: 256 px up to 4096 wide (tight around the view), 512 px above (zoomed-in views). */
export function tileSizeFor(levelWidth: number): number {
  return levelWidth <= 4096 ? PIPELINE_SETTINGS.tileSize : PIPELINE_SETTINGS.tileSize * 2;
}

/**
 * The tile levels for a photo: widths double from 2048 (power-of-two cols and rows, as PSV
 * requires), never wider than the photo; the top level keeps the photo's own resolution with
 * tiles of at most 512 px, so nothing the camera captured is thrown away.
 */
export function planTileLevels(photoWidth: number): TileLevel[] {
  const levels: TileLevel[] = [];
  for (let width = PIPELINE_SETTINGS.firstLevelWidth; width <= Math.min(photoWidth, PIPELINE_SETTINGS.maxLevelWidth); width *= 2) {
    const cols = width / tileSizeFor(width);
    levels.push({ width, cols, rows: cols / 2 });
  }
  const top = levels.at(-1);
  // A 6000-px photo gets a 6000-px level (16×8 tiles of 375 px) above the 4096 one.
  if (top && photoWidth >= top.width * 1.25) {
    const target = Math.min(photoWidth, PIPELINE_SETTINGS.maxLevelWidth);
    const cols = 2 ** Math.ceil(Math.log2(target / 512));
    // Width a multiple of cols (even, as cols is): whole-pixel square tiles, height = width / 2.
    levels.push({ width: Math.floor(target / cols) * cols, cols, rows: cols / 2 });
  }
  if (levels.length === 0) levels.push({ width: photoWidth - (photoWidth % 8), cols: 8, rows: 4 });
  return levels;
}

export const tileFileName = (col: number, row: number) => `${col}_${row}.${PIPELINE_SETTINGS.tile.format}`;

/**
 * Writes every tile of every level into `outDir/tiles/<level>/<col>_<row>.webp`, from the sphere
 * already decoded in memory: each level is one resize of those pixels, then cut into tiles that
 * libvips encodes in parallel. Returns the pixels of the level closest to 4096 px wide, which the
 * posters are rendered from.
 */
export async function writeTiles(sphere: RawImage, levels: readonly TileLevel[], outDir: string): Promise<RawImage> {
  const { quality, effort } = PIPELINE_SETTINGS.tile;
  let posterSource = sphere;
  for (const [index, level] of levels.entries()) {
    const pixels = level.width === sphere.width ? sphere : await resizeRaw(sphere, level.width);
    if (level.width <= 4096) posterSource = pixels;
    const raw = { raw: { width: pixels.width, height: pixels.height, channels: pixels.channels as 3 } };
    const dir = join(outDir, 'tiles', String(index));
    await mkdir(dir, { recursive: true });
    const tileWidth = level.width / level.cols;
    const tileHeight = level.width / 2 / level.rows;
    const jobs: Promise<unknown>[] = [];
    for (let row = 0; row < level.rows; row++) {
      for (let col = 0; col < level.cols; col++) {
        jobs.push(
          sharp(pixels.data, raw)
            .extract({ left: col * tileWidth, top: row * tileHeight, width: tileWidth, height: tileHeight })
            .webp({ quality, effort })
            .toFile(join(dir, tileFileName(col, row))),
        );
      }
    }
    await Promise.all(jobs);
  }
  return posterSource;
}

/**
 * Writes one level's tiles into `outDir/tiles/<index>/` straight from a sharp pipeline (the photo
 * file, decoded and resized as it streams): libvips' dzsave cuts and encodes the tiles while it
 * decodes, so the level's pixels are never all in memory at once. Used for the levels wider than
 * 4096 px of big photos: a 16384×8192 sphere is 384 MiB of raw pixels (issue 14, item 6).
 */
export async function streamTileLevel(image: Sharp, level: TileLevel, index: number, outDir: string): Promise<void> {
  const { quality, effort } = PIPELINE_SETTINGS.tile;
  const name = join(outDir, `level-${index}`);
  // depth 'one' writes only the full-size layer, as `<name>_files/0/<col>_<row>.webp`: our own names.
  await image
    .resize(level.width, level.width / 2, { fit: 'fill' })
    .webp({ quality, effort })
    .tile({ size: level.width / level.cols, overlap: 0, depth: 'one', layout: 'dz', container: 'fs' })
    .toFile(name);
  await mkdir(join(outDir, 'tiles'), { recursive: true });
  await rename(join(`${name}_files`, '0'), join(outDir, 'tiles', String(index)));
  await rm(`${name}_files`, { recursive: true, force: true });
  await rm(`${name}.dzi`, { force: true });
}

/** The sphere at another width (2:1), still in memory. */
export async function resizeRaw(image: RawImage, width: number): Promise<RawImage> {
  const { data, info } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels as 3 } })
    .resize(width, width / 2, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}
