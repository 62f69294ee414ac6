/**
 * The poster: the scene's initial view rendered flat at build time, shown as an <img> before any
 * JavaScript runs and swapped for the live viewer once it has drawn the same view. It must match
 * the viewer exactly (direction, vertical field of view, aspect), so it uses the viewer's own
 * conventions (reproject.ts) and zoom→FOV mapping.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
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

export interface PosterFiles {
  landscape: PosterFile[];
  portrait: PosterFile[];
  openGraph: PosterFile;
}

export interface Posters extends PosterFiles {
  /** A few hundred bytes of WebP data URL (a thumbhash) painted before the poster arrives. */
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

/**
 * Renders the posters of one view into `dir` (skipping those already there) and computes the
 * placeholder. The largest landscape poster is the only reprojection; every other size is a
 * centred crop of it, resized: a centred crop of a rectilinear view is the same view with a
 * narrower field, so the portrait poster keeps the viewer's vertical FOV exactly (the Open Graph
 * crop, slightly wider than 16:9, trims a little height instead). `loadSphere` is only called
 * when some poster is missing, so a warm cache costs a few `stat`s and one tiny render.
 */
export async function renderPosters(view: PosterView, dir: string, loadSphere: () => Promise<RawImage>): Promise<PosterFiles> {
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
  const angles = { yaw: view.yaw, pitch: view.pitch, vFov: zoomToVerticalFov(view.zoom) };

  const missing = [];
  for (const p of all) if (!(await exists(join(dir, p.file)))) missing.push(p);
  if (missing.length > 0) {
    const main = posters.landscape[0]!;
    const rendered = renderRectilinear(await loadSphere(), angles, main.width, main.height);
    const image = sharp(rendered.data, { raw: { width: main.width, height: main.height, channels: 3 } });
    await Promise.all(
      missing.map((p) => {
        const aspect = p.width / p.height;
        const cropWidth = Math.min(main.width, Math.round(main.height * aspect));
        const cropHeight = Math.min(main.height, Math.round(main.width / aspect));
        const out = image
          .clone()
          .extract({ left: Math.round((main.width - cropWidth) / 2), top: Math.round((main.height - cropHeight) / 2), width: cropWidth, height: cropHeight })
          .resize(p.width, p.height, { fit: 'fill' });
        return (p.file.endsWith('.jpg') ? out.jpeg({ quality: 82 }) : out.webp({ quality: poster.quality, effort: poster.effort })).toFile(join(dir, p.file));
      }),
    );
  }
  return posters;
}

/**
 * The placeholder of a view: tiny, rendered from the 256-px thumbnail in `dir` (the same input
 * whether the photo was just processed or came from the cache), then kept beside it as text, so a
 * rebuild reads a few hundred bytes instead of decoding and reprojecting for every scene (issue 20).
 */
export async function posterPlaceholder(view: PosterView, dir: string): Promise<string> {
  const file = join(dir, `placeholder-${viewKey(view)}.txt`);
  const kept = await readFile(file, 'utf8').catch(() => '');
  if (kept.startsWith('data:image/webp;base64,')) return kept;
  const angles = { yaw: view.yaw, pitch: view.pitch, vFov: zoomToVerticalFov(view.zoom) };
  const small = renderRectilinear(await loadSmall(dir), angles, 64, 36);
  const rgba = new Uint8Array(64 * 36 * 4);
  for (let i = 0; i < 64 * 36; i++) {
    rgba.set(small.data.subarray(i * 3, i * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  const url = await placeholderDataUrl(rgbaToThumbHash(64, 36, rgba));
  // Aside and renamed: two builds at once never read half a file.
  const tmp = `${file}.tmp-${randomUUID().slice(0, 8)}`;
  await writeFile(tmp, url);
  await rename(tmp, file);
  return url;
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
