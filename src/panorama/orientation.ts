/**
 * EXIF orientation. Cameras and phones often store the pixels as the sensor read them and add an
 * Orientation tag (3 = upside down, 6 and 8 = on its side, 2/4/5/7 mirrored) saying how to turn
 * them. Every viewer and editor applies it, so it is what the editor saw: every check and every
 * derivative works on the photo as oriented, never on the stored pixels (issue 14, item 4).
 */
import type { Metadata } from 'sharp';

/** Options for `sharp(input, …)` that turn the pixels upright while decoding them. */
export const UPRIGHT = { autoOrient: true } as const;

/** Width and height of the photo once its EXIF orientation is applied (5–8 swap them). */
export function orientedSize(meta: Pick<Metadata, 'width' | 'height' | 'autoOrient'>): { width: number | undefined; height: number | undefined } {
  // sharp reports the oriented size in `autoOrient`; the top-level size is the stored one.
  return { width: meta.autoOrient?.width ?? meta.width, height: meta.autoOrient?.height ?? meta.height };
}
