import { z } from 'astro/zod';
import { Pitch, Yaw, Zoom } from './angles.ts';

/** The direction and zoom a scene opens with. Written once; every language shares it. */
export const InitialView = z.strictObject({
  /** Horizontal direction in degrees the tourist faces first (0 = centre of the photo). */
  yaw: Yaw.default(0),
  /** Vertical direction in degrees (0 = horizon, positive looks up). */
  pitch: Pitch.default(0),
  /** Zoom from 0 (widest, 90° high) to 100 (closest, 30° high); 50 is a natural 60° view. */
  zoom: Zoom.default(50),
});
export type InitialView = z.infer<typeof InitialView>;

// The geometry lives in a zod-free module so the viewer's bundle can use it too.
export { FOV_RANGE, zoomToVerticalFov } from './view-geometry.ts';
