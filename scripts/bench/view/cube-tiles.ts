/**
 * Equirectangular → cube tile sets in the exact layouts the peers' own tools export, so that the peers are
 * benchmarked as they would ship: Marzipano Tool (`tiles/{z}/{f}/{y}/{x}.jpg` + a `preview.jpg` strip) and
 * Pannellum's `utils/multires/generate.py` (`{level}/{face}{row}_{col}.jpg` + `fallback/{face}.jpg`).
 * All tiles are JPEG q82 (mozjpeg), the same encoder settings for both.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { renderRectilinear, type RawImage } from '../../../src/panorama/reproject.ts';

export type FaceName = 'f' | 'b' | 'l' | 'r' | 'u' | 'd';

/**
 * Where the camera looks to see each face. `renderRectilinear` has no roll, so straight up the top edge of the
 * face points backwards (away from yaw 0) and straight down it points forwards. That is the orientation of
 * Marzipano's faces (`faceRotation` in src/geometries/Cube.js rotates the front face about X by ±90°) and of
 * the faces nona renders for generate.py (pitch ±90, roll 0) — checked by the `--shots` screenshots.
 */
const FACE_VIEW: Record<FaceName, { yaw: number; pitch: number }> = {
  f: { yaw: 0, pitch: 0 },
  r: { yaw: 90, pitch: 0 },
  b: { yaw: 180, pitch: 0 },
  l: { yaw: -90, pitch: 0 },
  u: { yaw: 0, pitch: 90 },
  d: { yaw: 0, pitch: -90 },
};

const JPEG = { quality: 82, mozjpeg: true } as const;

export async function loadRaw(path: string): Promise<RawImage> {
  const { data, info } = await sharp(path).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, channels: info.channels };
}

/** One cube face as a square 90° view; pixel centres land exactly on the face grid (tan 45° = 1). */
export function renderCubeFace(src: RawImage, face: FaceName, size: number): RawImage {
  return renderRectilinear(src, { ...FACE_VIEW[face], vFov: 90 }, size, size);
}

function toSharp(raw: RawImage) {
  return sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: raw.channels as 3 } });
}

/** Downscales a face once per level (lanczos3), as both tools do, before cutting tiles. */
async function resized(face: RawImage, size: number): Promise<RawImage> {
  if (size === face.width) return face;
  const { data, info } = await toSharp(face).resize(size, size).raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, channels: info.channels };
}

async function writeJpeg(file: string, image: ReturnType<typeof sharp>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, await image.jpeg(JPEG).toBuffer());
}

/** Cuts a square face into `tile`-px tiles (the last row/column may be smaller) and names each by (row, col). */
async function writeTiles(face: RawImage, tile: number, name: (row: number, col: number) => string): Promise<number> {
  const count = Math.ceil(face.width / tile);
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      const left = col * tile;
      const top = row * tile;
      const region = { left, top, width: Math.min(tile, face.width - left), height: Math.min(tile, face.height - top) };
      await writeJpeg(name(row, col), toSharp(face).extract(region));
    }
  }
  return count * count;
}

// ---------------------------------------------------------------- Marzipano

export interface MarzipanoLevel {
  tileSize: number;
  size: number;
  fallbackOnly?: boolean;
}

/** Marzipano's preview strip face order (`defaultCubeMapFaceOrder` in src/sources/ImageUrl.js). */
export const MARZIPANO_PREVIEW_ORDER: FaceName[] = ['b', 'd', 'f', 'l', 'r', 'u'];

/**
 * The level list Marzipano Tool writes into data.js: a 256-px fallback-only level served from preview.jpg,
 * then 512-px tiles doubling up to the face size (photo width / 4, rounded to a multiple of 512).
 */
export function marzipanoLevels(photoWidth: number): { faceSize: number; levels: MarzipanoLevel[] } {
  const faceSize = Math.max(512, Math.round(photoWidth / 4 / 512) * 512);
  const levels: MarzipanoLevel[] = [{ tileSize: 256, size: 256, fallbackOnly: true }];
  for (let size = 512; size <= faceSize; size *= 2) levels.push({ tileSize: 512, size });
  return { faceSize, levels };
}

/** Writes `dir/tiles/{z}/{f}/{y}/{x}.jpg` for z ≥ 1 and `dir/preview.jpg` (level 0, faces stacked vertically). */
export async function writeMarzipanoTiles(src: RawImage, dir: string) {
  const { faceSize, levels } = marzipanoLevels(src.width);
  const previews: Buffer[] = [];
  let tiles = 0;
  for (const face of MARZIPANO_PREVIEW_ORDER) {
    const full = renderCubeFace(src, face, faceSize);
    for (let z = 1; z < levels.length; z++) {
      const level = levels[z]!;
      const image = await resized(full, level.size);
      tiles += await writeTiles(image, level.tileSize, (y, x) => join(dir, 'tiles', String(z), face, String(y), `${x}.jpg`));
    }
    const preview = await resized(full, levels[0]!.size);
    previews.push(Buffer.from(preview.data.buffer, preview.data.byteOffset, preview.data.length));
  }
  const strip: RawImage = { data: Buffer.concat(previews), width: 256, height: 256 * 6, channels: 3 };
  await writeJpeg(join(dir, 'preview.jpg'), toSharp(strip));
  return { faceSize, levels, tiles };
}

// ---------------------------------------------------------------- Pannellum

export interface PannellumMultiRes {
  basePath: string;
  path: string;
  fallbackPath: string;
  extension: string;
  tileResolution: number;
  maxLevel: number;
  cubeResolution: number;
}

/** Pannellum's face letters in generate.py's order (front, back, up, down, left, right). */
export const PANNELLUM_FACES: FaceName[] = ['f', 'b', 'u', 'd', 'l', 'r'];

/**
 * generate.py's defaults for a full 360° photo: cube size `8 * int(width / π / 8)` ("retain all details"),
 * 512-px tiles, `ceil(log2(cube / tile)) + 1` levels, 1024-px fallback faces.
 */
export function pannellumMultiRes(photoWidth: number, basePath: string): PannellumMultiRes {
  const cubeResolution = 8 * Math.floor(photoWidth / Math.PI / 8);
  const tileResolution = Math.min(512, cubeResolution);
  const maxLevel = Math.ceil(Math.log2(cubeResolution / tileResolution)) + 1;
  return { basePath, path: '/%l/%s%y_%x', fallbackPath: '/fallback/%s', extension: 'jpg', tileResolution, maxLevel, cubeResolution };
}

/** Writes `dir/{level}/{face}{row}_{col}.jpg` (level maxLevel is full size, each lower level half) and `dir/fallback/{face}.jpg`. */
export async function writePannellumTiles(src: RawImage, dir: string, basePath: string) {
  const multiRes = pannellumMultiRes(src.width, basePath);
  let tiles = 0;
  for (const face of PANNELLUM_FACES) {
    const full = renderCubeFace(src, face, multiRes.cubeResolution);
    let size = multiRes.cubeResolution;
    for (let level = multiRes.maxLevel; level >= 1; level--) {
      const image = await resized(full, size);
      tiles += await writeTiles(image, multiRes.tileResolution, (row, col) => join(dir, String(level), `${face}${row}_${col}.jpg`));
      size = Math.floor(size / 2); // generate.py: int(size / 2)
    }
    await writeJpeg(join(dir, 'fallback', `${face}.jpg`), toSharp(await resized(full, 1024)));
  }
  return { multiRes, tiles };
}
