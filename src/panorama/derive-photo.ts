/**
 * Everything made once per photo, whatever view a scene opens with: the tile pyramid, the base
 * image PSV blurs while tiles load, and thumbnails. Stored in `cacheDir/<hash>/` where the hash
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
import { planTileLevels, resizeRaw, type TileLevel, writeTiles } from './tiles.ts';

export interface PhotoDerivatives {
  hash: string;
  /** Width of the full sphere at the top tile level. */
  width: number;
  levels: TileLevel[];
  base: string;
  thumbnails: { width: number; file: string }[];
  /** Tile path template inside the hash folder. */
  tiles: string;
  coverage?: Coverage;
  poseHeading?: number;
}

const META = 'derivatives.json';

export function photoHash(source: Buffer, coverage: Coverage | undefined): string {
  return createHash('sha256').update(JSON.stringify({ PIPELINE_SETTINGS, coverage })).update(source).digest('hex').slice(0, 16);
}

/**
 * The photo as a full sphere, decoded once into memory: a partial panorama is padded onto its
 * place with a neutral grey, so tiles, posters and the viewer all deal with one shape.
 */
export async function decodeSphere(source: Buffer, coverage: Coverage | undefined): Promise<RawImage> {
  let image = sharp(source, { ...UPRIGHT, limitInputPixels: PIPELINE_SETTINGS.maxPixels, failOn: 'truncated' }).removeAlpha();
  if (coverage && !isFullSphere(coverage)) {
    image = image.extend({
      left: Math.max(0, coverage.croppedX),
      top: Math.max(0, coverage.croppedY),
      right: Math.max(0, coverage.fullWidth - coverage.croppedX - coverage.croppedWidth),
      bottom: Math.max(0, coverage.fullHeight - coverage.croppedY - coverage.croppedHeight),
      background: { r: 40, g: 44, b: 42 },
    });
  }
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  const sphere = { data, width: info.width, height: info.height, channels: info.channels };
  // Editors' "2:1" photos are sometimes a pixel off; the tiles need an exact 2:1 sphere.
  return sphere.height * 2 === sphere.width ? sphere : resizeRaw(sphere, sphere.width - (sphere.width % 2));
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

/** Makes (or finds in the cache) the per-photo derivatives. */
export async function derivePhoto<T>(
  source: Buffer,
  label: string,
  sphereWidth: number,
  coverage: Coverage | undefined,
  poseHeading: number | undefined,
  cacheDir: string,
  alongside?: Alongside<T>,
): Promise<DerivedPhoto<T>> {
  const hash = photoHash(source, coverage);
  const outDir = join(cacheDir, hash);
  const cached = await readMeta(outDir);
  if (cached) return { derivatives: cached };
  // Two scenes may share a photo: make its files once.
  const pending = inFlight.get(hash);
  if (pending) return { derivatives: (await pending).derivatives };
  const work = make(source, label, sphereWidth, coverage, poseHeading, hash, outDir, alongside).finally(() => inFlight.delete(hash));
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
  const { base, thumbnails } = PIPELINE_SETTINGS;
  const result: PhotoDerivatives = {
    hash,
    width: levels.at(-1)!.width,
    levels,
    base: `base.${base.format}`,
    thumbnails: thumbnails.widths.map((width) => ({ width, file: `thumb-${width}.${thumbnails.format}` })),
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
    // One decode for everything: libvips resizes from these pixels, never from the file again.
    const sphere = await decodeSphere(source, coverage);
    const posterSource = sphere.width > 4096 ? await resizeRaw(sphere, 4096) : sphere;
    [, made] = await Promise.all([writeTiles(sphere, levels, tmpDir), alongside?.(posterSource, tmpDir)]);
    const small = sharp(posterSource.data, { raw: { width: posterSource.width, height: posterSource.height, channels: 3 } });
    await small
      .clone()
      .resize(base.width, base.width / 2, { fit: 'fill' })
      .webp({ quality: base.quality, effort: base.effort })
      .toFile(join(tmpDir, result.base));
    for (const thumb of result.thumbnails) {
      await small
        .clone()
        .resize(thumb.width, thumb.width / 2, { fit: 'fill' })
        .webp({ quality: thumbnails.quality, effort: thumbnails.effort })
        .toFile(join(tmpDir, thumb.file));
    }
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
