/**
 * The poster: the scene's initial view rendered flat at build time, shown as an <img> before any
 * JavaScript runs and swapped for the live viewer once it has drawn the same view. It must match
 * the viewer exactly (direction, vertical field of view, aspect), so it uses the viewer's own
 * conventions (reproject.ts) and zoom→FOV mapping.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { rgbaToThumbHash, thumbHashToRGBA } from 'thumbhash';
import { zoomToVerticalFov } from '../schemas/view.ts';
import { renderRectilinear, type RawImage } from './reproject.ts';
import { PIPELINE_SETTINGS } from './settings.ts';

export interface PosterView {
  /** Degrees, as in the scene's frontmatter. */
  yaw: number;
  pitch: number;
  zoom: number;
}

export interface PosterFile {
  width: number;
  height: number;
  file: string;
}

export interface Posters {
  landscape: PosterFile[];
  portrait: PosterFile[];
  openGraph: PosterFile;
  /** A ~1 KB PNG data URL (thumbhash) painted before the poster arrives. */
  placeholder: string;
}

/** Short stable key of a view, part of the poster file names. */
export function viewKey(view: PosterView): string {
  return createHash('sha256').update(`${view.yaw}|${view.pitch}|${view.zoom}`).digest('hex').slice(0, 10);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

async function encode(image: RawImage, path: string, format: 'webp' | 'jpeg'): Promise<void> {
  const pipeline = sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } });
  const { quality } = PIPELINE_SETTINGS.poster;
  await (format === 'webp' ? pipeline.webp({ quality, effort: 4 }) : pipeline.jpeg({ quality: 82, mozjpeg: true })).toFile(path);
}

/**
 * Renders the posters of one view into `dir` (skipping those already there) and computes the
 * placeholder. `loadSphere` gives the equirectangular pixels; it is only called if some poster
 * is missing, so a warm cache costs a few `stat`s and one tiny render.
 */
export async function renderPosters(view: PosterView, dir: string, loadSphere: () => Promise<RawImage>): Promise<Posters> {
  const key = viewKey(view);
  const { poster } = PIPELINE_SETTINGS;
  const file = (w: number, h: number, ext: string) => ({ width: w, height: h, file: `poster-${key}-${w}x${h}.${ext}` });
  const posters = {
    landscape: poster.landscape.map(([w, h]) => file(w, h, poster.format)),
    portrait: poster.portrait.map(([w, h]) => file(w, h, poster.format)),
    // Social networks still read JPEG most reliably.
    openGraph: file(poster.openGraph[0], poster.openGraph[1], 'jpg'),
  };
  const all = [...posters.landscape, ...posters.portrait, posters.openGraph];
  const vFov = zoomToVerticalFov(view.zoom);
  const angles = { yaw: view.yaw, pitch: view.pitch, vFov };

  let sphere: RawImage | undefined;
  for (const p of all) {
    const path = join(dir, p.file);
    if (await exists(path)) continue;
    sphere ??= await loadSphere();
    await encode(renderRectilinear(sphere, angles, p.width, p.height), path, p.file.endsWith('.jpg') ? 'jpeg' : 'webp');
  }
  // The placeholder is tiny: rendered from the thumbnail-sized sphere every time, no cache needed.
  const small = renderRectilinear(await loadSmall(dir), angles, 64, 36);
  const rgba = new Uint8Array(64 * 36 * 4);
  for (let i = 0; i < 64 * 36; i++) {
    rgba.set(small.data.subarray(i * 3, i * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  return { ...posters, placeholder: await placeholderDataUrl(rgbaToThumbHash(64, 36, rgba)) };
}

/** The thumbhash decoded and stored as a tiny WebP (a few hundred bytes inline, vs ~3 KB as PNG). */
async function placeholderDataUrl(hash: Uint8Array): Promise<string> {
  const { w, h, rgba } = thumbHashToRGBA(hash);
  const webp = await sharp(rgba, { raw: { width: w, height: h, channels: 4 } }).removeAlpha().webp({ quality: 70 }).toBuffer();
  return `data:image/webp;base64,${webp.toString('base64')}`;
}

async function loadSmall(dir: string): Promise<RawImage> {
  const thumb = `thumb-${PIPELINE_SETTINGS.thumbnails.widths[0]}.${PIPELINE_SETTINGS.thumbnails.format}`;
  const { data, info } = await sharp(join(dir, thumb)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}
