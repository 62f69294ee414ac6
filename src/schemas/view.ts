import { z } from 'astro/zod';
import { Pitch, Yaw, Zoom } from './angles.ts';

/** The direction and zoom a scene opens with. Written once; every language shares it. */
export const InitialView = z.object({
  /** Horizontal direction in degrees the tourist faces first (0 = centre of the photo). */
  yaw: Yaw.default(0),
  /** Vertical direction in degrees (0 = horizon, positive looks up). */
  pitch: Pitch.default(0),
  /** Zoom from 0 (widest, 90° high) to 100 (closest, 30° high); 50 is a natural 60° view. */
  zoom: Zoom.default(50),
});
export type InitialView = z.infer<typeof InitialView>;

/** Smallest and largest vertical field of view the viewer allows, in degrees (PSV defaults). */
export const FOV_RANGE = { min: 30, max: 90 } as const;

/** Vertical field of view in degrees for a zoom level: the same linear map the viewer uses. */
export function zoomToVerticalFov(zoom: number): number {
  return FOV_RANGE.max + (zoom / 100) * (FOV_RANGE.min - FOV_RANGE.max);
}
