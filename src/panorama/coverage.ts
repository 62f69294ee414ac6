/**
 * Which part of the sphere a photo covers. A full 360° photo covers everything; a partial one
 * (a wide stitched photo, a cropped sky) covers a window that the pipeline pads onto a full
 * sphere. Known from the photo's XMP GPano data, or told in the scene's frontmatter.
 */
import exifr from 'exifr';

/** Placement of the photo inside the full equirectangular sphere, in PSV's panoData terms. */
export interface Coverage {
  fullWidth: number;
  fullHeight: number;
  croppedX: number;
  croppedY: number;
  croppedWidth: number;
  croppedHeight: number;
}

/** How an editor describes a partial panorama in frontmatter, in degrees. */
export interface PartialDescription {
  /** Horizontal angle the photo covers (e.g. 150). */
  horizontalFov: number;
  /** Vertical angle the photo covers (e.g. 54). */
  verticalFov: number;
  /** Pitch of the photo's centre row (positive = above the horizon). */
  centerPitch?: number;
  /** Yaw of the photo's centre column. */
  centerYaw?: number;
}

export interface GPanoInfo {
  coverage?: Coverage;
  /** Compass heading of the photo's centre, in degrees (GPano PoseHeadingDegrees). */
  poseHeading?: number;
}

/** Reads XMP GPano fields, scaled to the photo's real size (exports often shrink without updating them). */
export async function readGPano(source: Buffer, width: number, height: number): Promise<GPanoInfo> {
  const xmp = (await exifr
    .parse(source, { xmp: true, tiff: false, exif: false, gps: false, iptc: false, icc: false, mergeOutput: true })
    .catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!xmp) return {};
  const num = (key: string) => (typeof xmp[key] === 'number' && Number.isFinite(xmp[key]) ? (xmp[key] as number) : undefined);
  const poseHeading = num('PoseHeadingDegrees');
  const fullW = num('FullPanoWidthPixels');
  const fullH = num('FullPanoHeightPixels');
  const cropW = num('CroppedAreaImageWidthPixels');
  const cropH = num('CroppedAreaImageHeightPixels');
  const info: GPanoInfo = poseHeading === undefined ? {} : { poseHeading };
  if (!fullW || !fullH || !cropW || !cropH) return info;
  const scale = width / cropW;
  info.coverage = {
    fullWidth: Math.round(fullW * scale),
    fullHeight: Math.round(fullH * scale),
    croppedX: Math.round((num('CroppedAreaLeftPixels') ?? 0) * scale),
    croppedY: Math.round((num('CroppedAreaTopPixels') ?? 0) * scale),
    croppedWidth: width,
    croppedHeight: height,
  };
  return info;
}

/** The coverage of a photo described in degrees by an editor. */
export function coverageFromDescription(d: PartialDescription, width: number, height: number): Coverage {
  const fullWidth = Math.round((width * 360) / d.horizontalFov);
  const fullHeight = Math.round(fullWidth / 2);
  const centerX = fullWidth * (0.5 + (d.centerYaw ?? 0) / 360);
  const centerY = fullHeight * (0.5 - (d.centerPitch ?? 0) / 180);
  return {
    fullWidth,
    fullHeight,
    croppedX: Math.round(centerX - width / 2),
    croppedY: Math.round(centerY - height / 2),
    croppedWidth: width,
    croppedHeight: height,
  };
}

/** True when the coverage is the whole sphere (nothing to pad). */
export function isFullSphere(c: Coverage): boolean {
  return c.croppedWidth === c.fullWidth && c.croppedHeight === c.fullHeight;
}
