import { stat } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';
import { PanoramaInputError } from './errors.ts';
import { PIPELINE_SETTINGS, SUPPORTED_FORMATS } from './settings.ts';
import { orientedSize } from './orientation.ts';

export interface PhotoInfo {
  width: number;
  height: number;
  format: string;
}

/** Reads the photo's header: is it there, an image, a format we take, a sane size? No pixels are decoded. */
export async function inspectPhoto(path: string, label: string): Promise<PhotoInfo> {
  const size = await stat(path).then(
    (s) => s.size,
    () => {
      throw new PanoramaInputError(label, 'The photo file does not exist.', 'Check the file name (upper/lower case must match) and that the photo sits beside the scene file.');
    },
  );
  if (size === 0) {
    throw new PanoramaInputError(label, 'The photo file is empty (0 bytes).', 'Copy the photo again from the camera or computer.');
  }
  let meta: Metadata;
  try {
    // sharp's own limit (~268 MP) would call a huge photo unreadable; our check below says what to do.
    meta = await sharp(path, { limitInputPixels: false }).metadata();
  } catch {
    throw new PanoramaInputError(label, 'The file is not an image that can be read (it may be damaged, or not a photo at all).', 'Export the photo again as JPEG.');
  }
  const { format } = meta;
  // The size as the editor sees the photo: a 2:1 photo stored on its side (EXIF orientation 6) is 2:1.
  const { width, height } = orientedSize(meta);
  if (!format || !SUPPORTED_FORMATS.has(format)) {
    throw new PanoramaInputError(label, `The ${format ?? 'unknown'} format is not supported for panoramas.`, 'Export the photo as JPEG (best), PNG, WebP or AVIF.');
  }
  if (!width || !height) {
    throw new PanoramaInputError(label, 'The image has no size information.', 'Export the photo again as JPEG.');
  }
  if (width * height > PIPELINE_SETTINGS.maxPixels) {
    throw new PanoramaInputError(label, `The photo is ${width}×${height} pixels, larger than the 16384×8192 the site accepts.`, 'Resize it to 8192×4096 (plenty for any screen or headset) before adding it.');
  }
  return { width, height, format };
}

/** A full 360° photo must be twice as wide as it is high. */
export function checkFullSphereRatio(info: PhotoInfo, label: string): void {
  if (Math.abs(info.width / info.height - 2) > 0.01) {
    throw new PanoramaInputError(
      label,
      `The photo is ${info.width}×${info.height} pixels, not a full 360° photo (its width must be twice its height) and it carries no XMP GPano data saying which part of the sphere it covers.`,
      'Use the equirectangular (2:1) export of your 360° camera app, or describe a partial panorama in the scene with `partial: { horizontalFov: …, verticalFov: … }`.',
    );
  }
}

/** A photo must have enough pixels for its share of the sphere. */
export function checkResolution(sphereWidth: number, info: PhotoInfo, label: string): void {
  if (sphereWidth < PIPELINE_SETTINGS.minWidth) {
    throw new PanoramaInputError(
      label,
      `The photo is only ${info.width}×${info.height} pixels; a full turn would be ${sphereWidth} pixels wide and look blurry.`,
      `Use a photo at least ${PIPELINE_SETTINGS.minWidth}×${PIPELINE_SETTINGS.minWidth / 2} pixels (4096×2048 or more is best).`,
    );
  }
}
