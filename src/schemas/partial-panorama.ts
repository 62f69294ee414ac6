import { z } from 'astro/zod';
import { Pitch, Yaw } from './angles.ts';

/**
 * A photo that covers only part of the sphere (a wide stitched photo, no sky or ground), for
 * photos without XMP GPano data. Angles in degrees; the rest of the sphere is shown neutral grey.
 */
export const PartialPanorama = z.strictObject({
  /** Horizontal angle the photo covers, e.g. 150 (a full turn is 360). */
  horizontalFov: z.number().gt(0, { error: 'must be more than 0 degrees' }).max(360, { error: 'must be at most 360 degrees' }),
  /** Vertical angle the photo covers, e.g. 54 (top to bottom is 180). */
  verticalFov: z.number().gt(0, { error: 'must be more than 0 degrees' }).max(180, { error: 'must be at most 180 degrees' }),
  /** Pitch of the photo's middle row in degrees (positive when the photo is centred above the horizon). */
  centerPitch: Pitch.default(0),
  /** Yaw of the photo's middle column in degrees. */
  centerYaw: Yaw.default(0),
});
export type PartialPanorama = z.infer<typeof PartialPanorama>;
