import { z } from 'astro/zod';

/**
 * Angles in tour content are written by editors in degrees, the way a compass and a camera
 * app show them. The viewer converts to radians at the last moment (see src/data/viewer-config.ts).
 */

/** Horizontal direction in degrees: 0 is the centre of the photo, 90 is a quarter turn to the right. */
export const Yaw = z
  .number({ error: 'must be a number of degrees, e.g. 45 or -120' })
  .min(-180, { error: 'must be between -180 and 360 degrees (0 is the centre of the photo)' })
  .max(360, { error: 'must be between -180 and 360 degrees (0 is the centre of the photo)' });

/** Vertical direction in degrees: 0 is the horizon, 90 straight up, -90 straight down. */
export const Pitch = z
  .number({ error: 'must be a number of degrees, e.g. 10 or -15' })
  .min(-90, { error: 'must be between -90 (straight down) and 90 (straight up) degrees' })
  .max(90, { error: 'must be between -90 (straight down) and 90 (straight up) degrees' });

/**
 * How close the view is, 0–100 like the viewer's zoom slider:
 * 0 shows the widest view (90° high), 50 the default (60°), 100 the closest (30°).
 */
export const Zoom = z
  .number({ error: 'must be a number from 0 (widest) to 100 (closest)' })
  .min(0, { error: 'must be at least 0 (the widest view)' })
  .max(100, { error: 'must be at most 100 (the closest view)' });

/** A point on the panorama where something is placed (a link arrow, an info hotspot). */
export const SpherePosition = z.strictObject({
  /** Horizontal direction of the point in degrees (0 = centre of the photo, grows to the right). */
  yaw: Yaw,
  /** Vertical direction of the point in degrees (0 = horizon). */
  pitch: Pitch.default(0),
});
export type SpherePosition = z.infer<typeof SpherePosition>;
