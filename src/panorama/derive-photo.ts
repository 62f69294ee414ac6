/**
 * Everything made once per photo, whatever view a scene opens with: the tile pyramid, the base
 * image PSV shows while tiles load, and thumbnails. Stored in `cacheDir/<hash>/` where the hash
 * covers the photo's bytes, its coverage and the pipeline settings.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { type Coverage, isFullSphere } from './coverage.ts';
import { PanoramaInputError } from './errors.ts';
import { PIPELINE_SETTINGS } from './settings.ts';
import { UPRIGHT } from './orientation.ts';
import type { RawImage } from './reproject.ts';
import { thumbnailList, type Thumbnail, writeSphereWebp, writeThumbnails } from './thumbnails.ts';
import { planTileLevels, resizeRaw, streamTileLevel, type TileLevel, writeTiles } from './tiles.ts';

export interface PhotoDerivatives {
  hash: string;
  /** Width of the full sphere at the top tile level. */
  width: number;
  levels: TileLevel[];
  base: string;
  thumbnails: Thumbnail[];
  /** Tile path template inside the hash folder. */
  tiles: string;
  coverage?: Coverage;
  poseHeading?: number;
}

const META = 'derivatives.json';

/** Posters are rendered from the sphere at this width at most: 4096 px is finer than a 1280-px view needs. */
export const POSTER_SOURCE_WIDTH = 4096;

export function photoHash(source: Buffer, coverage: Coverage | undefined): string {
  return createHash('sha256').update(JSON.stringify({ PIPELINE_SETTINGS, coverage })).update(source).digest('hex').slice(0, 16);
}

/** The photo decoded upright (EXIF orientation), as every derivative must see it. */
function openPhoto(source: Buffer) {
  return sharp(source, { ...UPRIGHT, limitInputPixels: PIPELINE_SETTINGS.maxPixels, failOn: 'truncated' }).removeAlpha();
}

/**
 * The photo as a full sphere, decoded into memory: a partial panorama is padded onto its place
 * with a neutral grey, so tiles, posters and the viewer all deal with one shape. With `width`, the
 * sphere at that width (2:1): a full-sphere photo is then shrunk while it is decoded (a JPEG by its
 * own DCT scaling), so a 16384-px photo never sits whole in memory for a 4096-px result.
 */
export async function decodeSphere(source: Buffer, coverage: Coverage | undefined, width?: number): Promise<RawImage> {
  let image = openPhoto(source);
  const padded = coverage && !isFullSphere(coverage);
  if (padded) {
    image = image.extend({
      left: Math.max(0, coverage.croppedX),
      top: Math.max(0, coverage.croppedY),
      right: Math.max(0, coverage.fullWidth - coverage.croppedX - coverage.croppedWidth),
      bottom: Math.max(0, coverage.fullHeight - coverage.croppedY - coverage.croppedHeight),
      background: { r: 40, g: 44, b: 42 },
    });
  } else if (width) {
    // sharp resizes before it extends, so only an unpadded photo is resized in the same pass.
    image = image.resize(width, width / 2, { fit: 'fill' });
  }
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  const sphere = { data, width: info.width, height: info.height, channels: info.channels };
  // Editors' "2:1" photos are sometimes a pixel off; the tiles need an exact 2:1 sphere.
  const target = width ?? sphere.width - (sphere.width % 2);
  return sphere.width === target && sphere.height * 2 === sphere.width ? sphere : resizeRaw(sphere, target);
}

async function readMeta(dir: string): Promise<PhotoDerivatives | undefined> {
  return readFile(join(dir, META), 'utf8').then(
    (text) => JSON.parse(text) as PhotoDerivatives,
    () => undefined,
  );
}

/** The derivatives, and what `alongside` made from the freshly decoded sphere (when it ran). */
export interface DerivedPhoto<T = unknown> {
  derivatives: PhotoDerivatives;
  alongside?: T;
}

/**
 * Work done with the decoded sphere (≤ 4096 px) while libvips encodes the tiles: the posters'
 * reprojection runs in JavaScript on the main thread, the tiles on libvips' threads.
 */
export type Alongside<T> = (sphere: RawImage, dir: string) => Promise<T>;

const inFlight = new Map<string, Promise<DerivedPhoto>>();

/**
 * Makes (or finds in the cache) the per-photo derivatives. `hash` is the photo's photoHash; its
 * bytes are read through `source` only when something must be made.
 */
export async function derivePhoto<T>(
  hash: string,
  source: () => Promise<Buffer>,
  label: string,
  sphereWidth: number,
  coverage: Coverage | undefined,
  poseHeading: number | undefined,
  cacheDir: string,
  alongside?: Alongside<T>,
): Promise<DerivedPhoto<T>> {
  const outDir = join(cacheDir, hash);
  const cached = await readMeta(outDir);
  if (cached) return { derivatives: cached };
  // Two scenes may share a photo: make its files once.
  const pending = inFlight.get(hash);
  if (pending) return { derivatives: (await pending).derivatives };
  const work = source().then((bytes) => make(bytes, label, sphereWidth, coverage, poseHeading, hash, outDir, alongside)).finally(() => inFlight.delete(hash));
  inFlight.set(hash, work);
  return work;
}

async function make<T>(
  source: Buffer,
  label: string,
  sphereWidth: number,
  coverage: Coverage | undefined,
  poseHeading: number | undefined,
  hash: string,
  outDir: string,
  alongside?: Alongside<T>,
): Promise<DerivedPhoto<T>> {
  const levels = planTileLevels(sphereWidth);
  const { base } = PIPELINE_SETTINGS;
  const result: PhotoDerivatives = {
    hash,
    width: levels.at(-1)!.width,
    levels,
    base: `base.${base.format}`,
    thumbnails: thumbnailList(),
    tiles: `tiles/{level}/{col}_{row}.${PIPELINE_SETTINGS.tile.format}`,
    ...(coverage && !isFullSphere(coverage) ? { coverage } : {}),
    ...(poseHeading === undefined ? {} : { poseHeading }),
  };
  // Written into a temporary folder and renamed: an interrupted build never leaves a folder
  // that a later build would trust.
  const tmpDir = `${outDir}.tmp-${randomUUID().slice(0, 8)}`;
  await mkdir(tmpDir, { recursive: true });
  let made: T | undefined;
  try {
    // The levels wider than the posters' 4096 px of a full-sphere photo are tiled by libvips as
    // the file streams through it, one level at a time; the levels below, the posters and the
    // thumbnails come from one decode at 4096 px. So a 16384×8192 photo (384 MiB of raw pixels)
    // never sits whole in memory (issue 14, item 6).
    const streamed = coverage && !isFullSphere(coverage) ? [] : levels.filter((level) => level.width > POSTER_SOURCE_WIDTH);
    const inMemory = levels.slice(0, levels.length - streamed.length);
    let sphere: RawImage | undefined = await decodeSphere(source, coverage, streamed.length > 0 ? inMemory.at(-1)!.width : undefined);
    const posterSource = sphere.width > POSTER_SOURCE_WIDTH ? await resizeRaw(sphere, POSTER_SOURCE_WIDTH) : sphere;
    const tiles = async () => {
      await writeTiles(sphere!, inMemory, tmpDir);
      sphere = undefined;
      for (const [i, level] of streamed.entries()) await streamTileLevel(openPhoto(source), level, inMemory.length + i, tmpDir);
    };
    [, made] = await Promise.all([tiles(), alongside?.(posterSource, tmpDir)]);
    const small = sharp(posterSource.data, { raw: { width: posterSource.width, height: posterSource.height, channels: 3 } });
    await writeSphereWebp(small, base.width, base, join(tmpDir, result.base));
    await writeThumbnails(small, result.thumbnails, tmpDir);
    await writeFile(join(tmpDir, META), JSON.stringify(result));
  } catch (error) {
    await rm(tmpDir, { recursive: true, force: true });
    // The header read fine but the pixels did not: a truncated copy or a damaged file.
    throw new PanoramaInputError(
      label,
      `The photo could not be decoded (${String((error as Error).message).split('\n')[0]}); it is probably truncated or damaged.`,
      'Copy the photo again from the camera or computer, or export it again as JPEG.',
    );
  }
  await rm(outDir, { recursive: true, force: true });
  await rename(tmpDir, outDir);
  return { derivatives: result, ...(made === undefined ? {} : { alongside: made }) };
}
