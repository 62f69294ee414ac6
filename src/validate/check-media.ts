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
import { checkMediaSignature, resolveContentFile } from '../panorama/content-file.ts';
import type { ContentFile } from './load-content.ts';
import { inspectVideo } from '../video/inspect-video.ts';

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

/** The content file that names a file, as the checks see it. */
type Owner = Pick<ContentFile, 'dir' | 'contentDir' | 'path'>;

/** The panorama checks of src/panorama/prepare.ts, up to (not including) decoding the pixels. */
export async function checkPanorama(owner: Owner, written: string, partial: PartialDescription | undefined, field: string): Promise<ContentProblem | undefined> {
  const file = owner.path;
  try {
    const abs = await resolveContentFile(join(owner.dir, written), written, 'photo', [owner.contentDir]);
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

/**
 * A scene's 360° video: the pipeline's own input checks (src/video/inspect-video.ts: a real video
 * with a video stream, 2:1 unless described as cropped, size, length and bytes) without encoding.
 */
export async function checkVideo(owner: Owner, written: string, partial: boolean, field: string): Promise<ContentProblem | undefined> {
  try {
    const abs = await resolveContentFile(join(owner.dir, written), written, 'video', [owner.contentDir]);
    await checkMediaSignature(abs, written);
    await inspectVideo(abs, written, partial);
    return undefined;
  } catch (error) {
    return asProblem(error, owner.path, field, written);
  }
}

/** A sound or video file beside the scene (or the tour file): inside the content folder, and what its extension says. */
export async function checkMediaFile(owner: Owner, written: string, field: string, beside?: string): Promise<ContentProblem | undefined> {
  try {
    const abs = await resolveContentFile(join(owner.dir, written), written, 'sound or video', [owner.contentDir], beside);
    await checkMediaSignature(abs, written);
    return undefined;
  } catch (error) {
    return asProblem(error, owner.path, field, written);
  }
}

/** An image (hotspot photo, article cover): inside the content folder, and readable as an image. */
export async function checkImageFile(owner: Owner, written: string, field: string, beside?: string): Promise<ContentProblem | undefined> {
  const file = owner.path;
  try {
    const abs = await resolveContentFile(join(owner.dir, written), written, 'image', [owner.contentDir], beside);
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
