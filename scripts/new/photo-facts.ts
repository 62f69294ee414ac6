/**
 * What a new photo tells us before it is added: is it usable (the build's own header checks, so a
 * bad photo is refused now rather than at the next build), where it was taken (EXIF GPS), which
 * way its centre faces (XMP GPano PoseHeading) and who took it (EXIF Artist).
 */
import { readFile } from 'node:fs/promises';
import exifr from 'exifr';
import { readGPano } from '../../src/panorama/coverage.ts';
import { checkFullSphereRatio, checkResolution, inspectPhoto, type PhotoInfo } from '../../src/panorama/inspect-photo.ts';
import { PanoramaInputError } from '../../src/panorama/errors.ts';

export interface PhotoFacts {
  info: PhotoInfo;
  /** From EXIF GPS, when the camera recorded it. */
  location?: { lat: number; lng: number };
  /** Compass heading of the photo's centre in degrees (GPano PoseHeadingDegrees). */
  heading?: number;
  /** Compass heading of the camera app's first view (GPano InitialViewHeadingDegrees), if any. */
  initialHeading?: number;
  /** Pitch of the camera app's first view in degrees (GPano InitialViewPitchDegrees), if any. */
  initialPitch?: number;
  /** True when GPano data says which part of the sphere the photo covers (no `partial:` needed). */
  gpanoCoverage: boolean;
  /** Photographer from EXIF Artist, if the camera was set up with a name. */
  artist?: string;
  /**
   * A problem the editor can still fix in the scene file: a photo that is not 2:1 and has no GPano
   * data is fine once `partial:` says what it covers.
   */
  partialNeeded?: string;
}

const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Reads and checks a photo. Throws PanoramaInputError (with the build's wording) if it cannot be used. */
export async function readPhotoFacts(path: string, label: string): Promise<PhotoFacts> {
  const info = await inspectPhoto(path, label);
  const source = await readFile(path);
  const gpano = await readGPano(source, info.width, info.height);
  const facts: PhotoFacts = { info, gpanoCoverage: Boolean(gpano.coverage) };
  if (gpano.poseHeading !== undefined) facts.heading = gpano.poseHeading;

  // The same order of checks as the build (src/panorama/prepare.ts): GPano coverage first, then 2:1.
  if (gpano.coverage) {
    checkResolution(gpano.coverage.fullWidth, info, label);
  } else {
    try {
      checkFullSphereRatio(info, label);
      checkResolution(info.width, info, label);
    } catch (error) {
      if (!(error instanceof PanoramaInputError) || Math.abs(info.width / info.height - 2) <= 0.01) throw error;
      facts.partialNeeded = `${error.problem} ${error.hint}`;
    }
  }

  const tags = (await exifr
    .parse(source, { tiff: true, exif: false, gps: true, xmp: true, iptc: false, icc: false, mergeOutput: true })
    .catch(() => undefined)) as Record<string, unknown> | undefined;
  const lat = finite(tags?.latitude);
  const lng = finite(tags?.longitude);
  // 0,0 is what some phones write when they had no fix: in the sea, never a Hà Giang scene.
  if (lat !== undefined && lng !== undefined && !(lat === 0 && lng === 0)) facts.location = { lat, lng };
  const initialHeading = finite(tags?.InitialViewHeadingDegrees);
  if (initialHeading !== undefined) facts.initialHeading = initialHeading;
  const initialPitch = finite(tags?.InitialViewPitchDegrees);
  if (initialPitch !== undefined && Math.abs(initialPitch) <= 90) facts.initialPitch = initialPitch;
  const artist = typeof tags?.Artist === 'string' ? tags.Artist.trim() : '';
  if (artist) facts.artist = artist;
  return facts;
}
