/**
 * Each viewer's angles, turned into ours (src/schemas/angles.ts: degrees, yaw 0 = centre of the photo and
 * growing to the right, pitch 0 = horizon and positive upwards; zoom 0–100 = vertical FOV 90°–30°).
 *
 * - krpano: `ath`/`hlookat` grow to the right from the centre of the photo like ours; `atv`/`vlookat` grow
 *   *downwards* (+90 is straight down), so pitch = −atv. `fov` depends on `fovtype` (see krpanoVerticalFov).
 * - Pannellum: `yaw` and `pitch` in degrees exactly like ours; `hfov` is *horizontal*.
 * - Marzipano: radians; `yaw` grows to the right, but a positive `pitch` looks *down* (RectilinearView's
 *   coordinatesToScreen puts y = −sin(pitch)), so pitch = −pitch; `fov` is vertical.
 */
import { FOV_RANGE } from '../schemas/view.ts';
import { DEG } from '../util/angles.ts';


/** The aspect the importer assumes when a source gives a horizontal field of view: a 16:9 screen. */
export const ASSUMED_ASPECT = 16 / 9;

/** Any yaw in degrees, as −180 < yaw ≤ 180. */
export function normalizeYaw(yaw: number): number {
  const y = ((((yaw + 180) % 360) + 360) % 360) - 180;
  return y === -180 ? 180 : y;
}

/** Pitch held within −90…90 (a source may write 91 for "straight up"). */
export const clampPitch = (pitch: number) => Math.max(-90, Math.min(90, pitch));

/** One decimal: a tenth of a degree is a fraction of a pixel on any screen. */
export const round1 = (value: number) => Math.round(value * 10) / 10 + 0;

export interface Direction {
  yaw: number;
  pitch: number;
}

const ours = (yaw: number, pitch: number): Direction => ({ yaw: round1(normalizeYaw(yaw)), pitch: round1(clampPitch(pitch)) });

export const fromKrpano = (ath: number, atv: number): Direction => ours(ath, -atv);
export const fromPannellum = (yaw: number, pitch: number): Direction => ours(yaw, pitch);
export const fromMarzipano = (yaw: number, pitch: number): Direction => ours(yaw / DEG, -pitch / DEG);

/** Vertical FOV of a view whose horizontal FOV is `hfov` on a screen of `aspect` (width / height). */
export function verticalFromHorizontal(hfov: number, aspect = ASSUMED_ASPECT): number {
  return 2 * Math.atan(Math.tan((hfov / 2) * DEG) / aspect) / DEG;
}

/**
 * krpano's `<view fov>` means different things by `fovtype`: VFOV vertical, HFOV horizontal, DFOV diagonal,
 * MFOV (krpano's default) horizontal over a 4:3 area, i.e. on a landscape screen the horizontal FOV of a
 * 4:3 box in its middle. Answered for a 16:9 screen.
 */
export function krpanoVerticalFov(fov: number, fovtype = 'MFOV', aspect = ASSUMED_ASPECT): number {
  switch (fovtype.toUpperCase()) {
    case 'VFOV':
      return fov;
    case 'HFOV':
      return verticalFromHorizontal(fov, aspect);
    case 'DFOV':
      return verticalFromHorizontal(fov, Math.hypot(aspect, 1));
    default:
      return verticalFromHorizontal(fov, Math.min(aspect, 4 / 3));
  }
}

/** Our zoom for a vertical FOV, and whether the FOV was outside what this site's viewer allows. */
export function zoomForVerticalFov(vFov: number): { zoom: number; clamped: boolean } {
  const zoom = ((FOV_RANGE.max - vFov) / (FOV_RANGE.max - FOV_RANGE.min)) * 100;
  const clamped = zoom < -0.5 || zoom > 100.5;
  return { zoom: Math.round(Math.max(0, Math.min(100, zoom))), clamped };
}
