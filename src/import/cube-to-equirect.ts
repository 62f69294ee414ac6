/**
 * Cube faces and cube tiles → one equirectangular photo. Tiles are stitched into faces with sharp at the
 * finest level that is complete, then every pixel of the photo looks up the face it falls on with the same
 * face frames that `renderCubeFace` (scripts/bench/view/cube-tiles.ts) renders with, so a cube made from a
 * photo comes back onto that photo within a fraction of a pixel (tests/unit/import/cube-to-equirect.test.ts).
 */
import { existsSync } from 'node:fs';
import sharp, { type OutputInfo, type OverlayOptions } from 'sharp';
import type { RawImage } from '../panorama/reproject.ts';
import { headingXmp } from './heading.ts';
import { CUBE_FACES, type CubeFace, type PanoramaSource, type TileLevel } from './model.ts';

/** The camera direction of each face, as in scripts/bench/view/cube-tiles.ts (no roll). */
const FACE_VIEW: Record<CubeFace, { yaw: number; pitch: number }> = {
  f: { yaw: 0, pitch: 0 },
  r: { yaw: 90, pitch: 0 },
  b: { yaw: 180, pitch: 0 },
  l: { yaw: -90, pitch: 0 },
  u: { yaw: 0, pitch: 90 },
  d: { yaw: 0, pitch: -90 },
};

/** A problem with one scene's picture, said for the report. */
export class PanoramaProblem extends Error {
  override name = 'PanoramaProblem';
}

const raw = (data: Buffer, info: OutputInfo): RawImage => ({ data: new Uint8Array(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height, channels: info.channels });

async function size(file: string): Promise<{ width: number; height: number } | undefined> {
  try {
    const { width, height } = await sharp(file).metadata();
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/** Why a level cannot be stitched (a missing, unreadable or wrongly sized tile), or undefined when it can. */
async function levelProblem(level: TileLevel): Promise<string | undefined> {
  const count = Math.ceil(level.faceSize / level.tileSize);
  const missing: string[] = [];
  for (const face of CUBE_FACES) {
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++) {
        const file = level.tile(face, row, col);
        if (!existsSync(file)) {
          missing.push(file);
          continue;
        }
        const found = await size(file);
        const want = { width: Math.min(level.tileSize, level.faceSize - col * level.tileSize), height: Math.min(level.tileSize, level.faceSize - row * level.tileSize) };
        if (!found) return `${file} is not a readable image`;
        if (found.width !== want.width || found.height !== want.height) {
          return `tiles of mixed sizes: ${file} is ${found.width}×${found.height} px, but a ${level.faceSize}-px face cut in ${level.tileSize}-px tiles needs ${want.width}×${want.height} there`;
        }
      }
    }
  }
  if (missing.length) return `${missing.length} of ${6 * count * count} tiles are missing, e.g. ${missing[0]}`;
  return undefined;
}

async function stitchFace(level: TileLevel, face: CubeFace): Promise<RawImage> {
  const count = Math.ceil(level.faceSize / level.tileSize);
  const tiles: OverlayOptions[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) tiles.push({ input: level.tile(face, row, col), left: col * level.tileSize, top: row * level.tileSize });
  }
  // composite() may add an alpha channel; the reprojection reads any channel count, so it is left in.
  const { data, info } = await sharp({ create: { width: level.faceSize, height: level.faceSize, channels: 3, background: '#000' } })
    .composite(tiles)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return raw(data, info);
}

export interface Faces {
  faces: Record<CubeFace, RawImage>;
  size: number;
  /** What the report should say about the level used, e.g. that a finer one was incomplete. */
  notes: string[];
}

/** The six faces of a scene's cube picture, from face images or from the finest complete tile level. */
export async function loadFaces(source: Exclude<PanoramaSource, { kind: 'equirect' }>): Promise<Faces> {
  if (source.kind === 'cube') {
    const faces = {} as Record<CubeFace, RawImage>;
    for (const face of CUBE_FACES) {
      const file = source.faces[face];
      if (!existsSync(file)) throw new PanoramaProblem(`the cube face ${file} is missing`);
      try {
        const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
        faces[face] = raw(data, info);
      } catch {
        throw new PanoramaProblem(`the cube face ${file} is not a readable image`);
      }
    }
    const sizes = new Set(CUBE_FACES.map((f) => `${faces[f].width}×${faces[f].height}`));
    if (sizes.size > 1 || faces.f.width !== faces.f.height) throw new PanoramaProblem(`the six cube faces must be squares of one size; they are ${[...sizes].join(', ')}`);
    return { faces, size: faces.f.width, notes: [] };
  }
  const notes: string[] = [];
  for (const level of source.levels) {
    const problem = await levelProblem(level);
    if (problem) {
      notes.push(`${level.label} (${level.faceSize} px faces) not used: ${problem}`);
      continue;
    }
    const faces = {} as Record<CubeFace, RawImage>;
    for (const face of CUBE_FACES) faces[face] = await stitchFace(level, face);
    return { faces, size: level.faceSize, notes };
  }
  throw new PanoramaProblem(notes.join('; '));
}

/** Width of the equirectangular photo for faces of `faceSize`: 4 faces around (a multiple of 16), at least the site's 2048. */
export const equirectWidth = (faceSize: number) => Math.max(2048, Math.min(16384, Math.round((4 * faceSize) / 16) * 16));

/** Reprojects six faces onto an equirectangular image `width`×`width/2` (bilinear within each face). */
export function cubeToEquirect(faces: Record<CubeFace, RawImage>, width: number): RawImage {
  const height = width / 2;
  // Each face's camera frame (forward f, right r, up u) as flat numbers: 9 per face, in CUBE_FACES order.
  const frame = new Float64Array(6 * 9);
  CUBE_FACES.forEach((face, n) => {
    const yaw = (FACE_VIEW[face].yaw * Math.PI) / 180;
    const pitch = (FACE_VIEW[face].pitch * Math.PI) / 180;
    frame.set(
      [
        ...[Math.cos(pitch) * Math.sin(yaw), Math.sin(pitch), Math.cos(pitch) * Math.cos(yaw)],
        ...[Math.cos(yaw), 0, -Math.sin(yaw)],
        ...[-Math.sin(pitch) * Math.sin(yaw), Math.cos(pitch), -Math.sin(pitch) * Math.cos(yaw)],
      ],
      n * 9,
    );
  });
  const images = CUBE_FACES.map((face) => faces[face]);
  const out = new Uint8Array(width * height * 3);
  // Sines and cosines per column, computed once: the trigonometry was most of the time per pixel.
  const sinLon = new Float64Array(width);
  const cosLon = new Float64Array(width);
  for (let i = 0; i < width; i++) {
    const lon = ((i + 0.5) / width - 0.5) * 2 * Math.PI;
    sinLon[i] = Math.sin(lon);
    cosLon[i] = Math.cos(lon);
  }
  for (let j = 0; j < height; j++) {
    const lat = (0.5 - (j + 0.5) / height) * Math.PI;
    const cosLat = Math.cos(lat);
    const dy = Math.sin(lat);
    for (let i = 0; i < width; i++) {
      const dx = cosLat * sinLon[i]!;
      const dz = cosLat * cosLon[i]!;
      // The face the direction points at most squarely.
      let best = 0;
      let t = -Infinity;
      for (let n = 0; n < 6; n++) {
        const dot = dx * frame[n * 9]! + dy * frame[n * 9 + 1]! + dz * frame[n * 9 + 2]!;
        if (dot > t) {
          t = dot;
          best = n;
        }
      }
      const k9 = best * 9;
      const img = images[best]!;
      const s = img.width;
      const a = (dx * frame[k9 + 3]! + dy * frame[k9 + 4]! + dz * frame[k9 + 5]!) / t;
      const b = (dx * frame[k9 + 6]! + dy * frame[k9 + 7]! + dz * frame[k9 + 8]!) / t;
      const fx = Math.min(Math.max(((a + 1) * s) / 2 - 0.5, 0), s - 1);
      const fy = Math.min(Math.max(((1 - b) * s) / 2 - 0.5, 0), s - 1);
      const x0 = Math.floor(fx);
      const y0 = Math.floor(fy);
      const x1 = x0 + 1 < s ? x0 + 1 : x0;
      const y1 = y0 + 1 < s ? y0 + 1 : y0;
      const tx = fx - x0;
      const ty = fy - y0;
      const c = img.channels;
      const d = img.data;
      const i00 = (y0 * s + x0) * c;
      const i01 = (y0 * s + x1) * c;
      const i10 = (y1 * s + x0) * c;
      const i11 = (y1 * s + x1) * c;
      const o = (j * width + i) * 3;
      for (let k = 0; k < 3; k++) {
        const top = d[i00 + k]! + (d[i01 + k]! - d[i00 + k]!) * tx;
        const bottom = d[i10 + k]! + (d[i11 + k]! - d[i10 + k]!) * tx;
        out[o + k] = top + (bottom - top) * ty + 0.5;
      }
    }
  }
  return { data: out, width, height, channels: 3 };
}

/** The scene's picture as an equirectangular JPEG written to `target` (with the source's heading, if any); returns report lines. */
export async function writeEquirect(source: Exclude<PanoramaSource, { kind: 'equirect' }>, target: string, heading?: number): Promise<string[]> {
  const { faces, size, notes } = await loadFaces(source);
  const detail = source.kind === 'tiles' && source.detailSize ? Math.min(size, source.detailSize) : size;
  const width = equirectWidth(detail);
  if (4 * detail < 2048) notes.push(`its cube faces are only ${Math.round(detail)} px, so the photo was enlarged to 2048×1024 (the smallest the site accepts) and will look soft`);
  const image = cubeToEquirect(faces, width);
  const encoder = sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } }).jpeg({ quality: 90, mozjpeg: true });
  await (heading === undefined ? encoder : encoder.withXmp(headingXmp(heading))).toFile(target);
  return notes;
}
