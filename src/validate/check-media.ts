/**
 * The files a scene or article points at: do they exist, and are the photos usable panoramas?
 * Photos get the pipeline's own input checks (src/panorama/inspect-photo.ts: header, format, size,
 * 2:1 or GPano coverage, resolution) but never the slow part (decoding, tiles, posters).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ContentProblem } from './problem.ts';
import { checkFullSphereRatio, checkResolution, inspectPhoto } from '../panorama/inspect-photo.ts';
import { coverageFromDescription, readGPano, type GPanoInfo, type PartialDescription } from '../panorama/coverage.ts';
import { PanoramaInputError } from '../panorama/errors.ts';
import { pipelineMessage } from './pipeline-message.ts';

function asProblem(error: unknown, file: string, field: string, written: string): ContentProblem {
  if (!(error instanceof PanoramaInputError)) throw error;
  return { file, field, message: pipelineMessage(error, written) };
}

/**
 * GPano data by file version. Reading it means reading the whole photo (tens of MB for a real one),
 * and `astro dev` rechecks every scene on each save: an unchanged photo is read once.
 */
const gpanoCache = new Map<string, Promise<GPanoInfo>>();

async function gpanoOf(abs: string, width: number, height: number): Promise<GPanoInfo> {
  const { size, mtimeMs } = await stat(abs);
  const key = `${abs}|${size}|${mtimeMs}|${width}x${height}`;
  if (!gpanoCache.has(key)) gpanoCache.set(key, readFile(abs).then((bytes) => readGPano(bytes, width, height)));
  return gpanoCache.get(key)!;
}

/** The panorama checks of src/panorama/prepare.ts, up to (not including) decoding the pixels. */
export async function checkPanorama(dir: string, written: string, partial: PartialDescription | undefined, file: string, field: string): Promise<ContentProblem | undefined> {
  const abs = join(dir, written);
  try {
    const info = await inspectPhoto(abs, written);
    let sphereWidth = info.width;
    if (partial) sphereWidth = coverageFromDescription(partial, info.width, info.height).fullWidth;
    else {
      const gpano = await gpanoOf(abs, info.width, info.height);
      if (gpano.coverage) sphereWidth = gpano.coverage.fullWidth;
      else checkFullSphereRatio(info, written);
    }
    checkResolution(sphereWidth, info, written);
    return undefined;
  } catch (error) {
    return asProblem(error, file, field, written);
  }
}

/** Same wording as src/panorama/prepare-media.ts. */
async function present(abs: string, written: string, kind: string, beside = 'the scene file'): Promise<void> {
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isFile()) {
    throw new PanoramaInputError(written, `The ${kind} file does not exist.`, `Check the file name (upper/lower case must match) and that it sits beside ${beside}.`);
  }
  if (info.size === 0) throw new PanoramaInputError(written, `The ${kind} file is empty (0 bytes).`, 'Copy the file again.');
}

/** A sound or video file beside the scene. */
export async function checkMediaFile(dir: string, written: string, file: string, field: string): Promise<ContentProblem | undefined> {
  try {
    await present(join(dir, written), written, 'sound or video');
    return undefined;
  } catch (error) {
    return asProblem(error, file, field, written);
  }
}

/** An image (hotspot photo, article cover): there, and readable as an image. */
export async function checkImageFile(dir: string, written: string, file: string, field: string, beside?: string): Promise<ContentProblem | undefined> {
  const abs = join(dir, written);
  try {
    await present(abs, written, 'image', beside);
    await sharp(abs)
      .metadata()
      .catch(() => {
        throw new PanoramaInputError(written, 'The file is not an image that can be read.', 'Export it again as JPEG or PNG.');
      });
    return undefined;
  } catch (error) {
    return asProblem(error, file, field, written);
  }
}
