import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { PanoramaInputError } from './errors.ts';
import { inspectPhoto } from './inspect-photo.ts';
import { PIPELINE_SETTINGS } from './settings.ts';

/** The files made from one photo, in a folder named by their hash. */
export interface PanoramaDerivatives {
  /** Hash of the source bytes and the pipeline settings: the folder name and the cache key. */
  hash: string;
  /** Size of the full panorama. */
  width: number;
  height: number;
  /** File names inside the hash folder. */
  files: { full: string; preview: string };
}

const FILES = { full: 'full.jpg', preview: 'preview.jpg' } as const;

/** The cache key: the same photo with the same settings always gives the same name. */
export function derivativesHash(source: Buffer): string {
  return createHash('sha256')
    .update(JSON.stringify(PIPELINE_SETTINGS))
    .update(source)
    .digest('hex')
    .slice(0, 16);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Makes the web copies of one photo into `cacheDir/<hash>/`, unless they are already there.
 * Files are written to a temporary folder first and renamed, so an interrupted build never
 * leaves a half-written folder that a later build would trust.
 */
export async function derivePanorama(sourcePath: string, label: string, cacheDir: string): Promise<PanoramaDerivatives> {
  const info = await inspectPhoto(sourcePath, label);
  const source = await readFile(sourcePath);
  const hash = derivativesHash(source);
  const outDir = join(cacheDir, hash);
  // Never upscale: a 2048-wide photo stays 2048 wide (even width keeps the 2:1 ratio exact).
  const fullWidth = Math.min(PIPELINE_SETTINGS.fullWidth, info.width - (info.width % 2));
  const result: PanoramaDerivatives = { hash, width: fullWidth, height: fullWidth / 2, files: { ...FILES } };
  if (await exists(join(outDir, FILES.preview))) return result;
  // Two scenes may use identical photos: make their files once.
  const pending = inFlight.get(outDir);
  if (pending) return pending.then(() => result);
  const work = makeDerivatives(source, label, outDir, fullWidth);
  inFlight.set(outDir, work);
  try {
    await work;
  } finally {
    inFlight.delete(outDir);
  }
  return result;
}

const inFlight = new Map<string, Promise<void>>();

async function makeDerivatives(source: Buffer, label: string, outDir: string, fullWidth: number): Promise<void> {
  const tmpDir = `${outDir}.tmp-${process.pid}-${randomUUID().slice(0, 8)}`;
  await mkdir(tmpDir, { recursive: true });
  try {
    await writeDerivatives(source, tmpDir, fullWidth);
  } catch (error) {
    await rm(tmpDir, { recursive: true, force: true });
    // The header read fine but the pixels did not: a truncated copy or a damaged file.
    throw new PanoramaInputError(label, `The photo could not be decoded (${(error as Error).message.split('\n')[0]}); it is probably truncated or damaged.`, 'Copy the photo again from the camera or computer, or export it again as JPEG.');
  }
  await rm(outDir, { recursive: true, force: true });
  await rename(tmpDir, outDir);
}

async function writeDerivatives(source: Buffer, tmpDir: string, fullWidth: number): Promise<void> {
  // sharp(...).rotate() is deliberately absent: panoramas are never EXIF-rotated.
  const image = sharp(source, { limitInputPixels: PIPELINE_SETTINGS.maxPixels, failOn: 'truncated' });
  await image
    .clone()
    .resize(fullWidth, fullWidth / 2, { fit: 'fill' })
    .jpeg({ quality: PIPELINE_SETTINGS.jpegQuality, mozjpeg: true, progressive: true })
    .toFile(join(tmpDir, FILES.full));
  await image
    .clone()
    .resize(PIPELINE_SETTINGS.previewWidth, PIPELINE_SETTINGS.previewWidth / 2, { fit: 'fill' })
    .jpeg({ quality: 70, mozjpeg: true })
    .toFile(join(tmpDir, FILES.preview));
}
