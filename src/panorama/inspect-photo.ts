import { stat } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { PanoramaInputError } from './errors.ts';
import { PIPELINE_SETTINGS, SUPPORTED_FORMATS } from './settings.ts';

export interface PhotoInfo {
  width: number;
  height: number;
  format: string;
}

/**
 * Checks that a file is a whole equirectangular photo the pipeline can use, before any pixel is
 * decoded. `label` is how the file is named in messages (relative to the project).
 */
export async function inspectPhoto(path: string, label: string): Promise<PhotoInfo> {
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new PanoramaInputError(label, 'The photo file does not exist.', 'Check the file name and that the photo sits beside the scene file.');
    },
  );
  if (size === 0) {
    throw new PanoramaInputError(label, 'The photo file is empty (0 bytes).', 'Copy the photo again from the camera or computer.');
  }
  let meta: Metadata;
  try {
    meta = await sharp(path).metadata();
  } catch {
    throw new PanoramaInputError(label, 'The file is not an image that can be read.', 'Export the photo again as JPEG.');
  }
  const { width, height, format } = meta;
  if (!format || !SUPPORTED_FORMATS.has(format)) {
    throw new PanoramaInputError(label, `The ${format ?? 'unknown'} format is not supported for panoramas.`, 'Export the photo as JPEG (best), PNG, WebP or AVIF.');
  }
  if (!width || !height) {
    throw new PanoramaInputError(label, 'The image has no size information.', 'Export the photo again as JPEG.');
  }
  if (width * height > PIPELINE_SETTINGS.maxPixels) {
    throw new PanoramaInputError(label, `The photo is ${width}×${height} pixels, larger than 16384×8192.`, 'Resize it to 8192×4096 before adding it.');
  }
  if (Math.abs(width / height - 2) > 0.01) {
    throw new PanoramaInputError(label, `The photo is ${width}×${height} pixels, not a 360° photo (its width must be twice its height).`, 'Use the equirectangular (2:1) export of your 360° camera app.');
  }
  if (width < PIPELINE_SETTINGS.minWidth) {
    throw new PanoramaInputError(label, `The photo is only ${width}×${height} pixels; it would look blurry.`, `Use a photo at least ${PIPELINE_SETTINGS.minWidth}×${PIPELINE_SETTINGS.minWidth / 2} pixels (4096×2048 or more is best).`);
  }
  return { width, height, format };
}
