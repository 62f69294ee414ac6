/**
 * What a view shows: pure geometry, shared by the content checks (does the opening view show a way
 * on?) and the viewer's way-on pointer (plugins/link-hint). No zod here, so the browser bundle can
 * import it.
 */

/** Smallest and largest vertical field of view the viewer allows, in degrees (PSV defaults). */
export const FOV_RANGE = { min: 30, max: 90 } as const;

/** Vertical field of view in degrees for a zoom level: the same linear map the viewer uses. */
export function zoomToVerticalFov(zoom: number): number {
  return FOV_RANGE.max + (zoom / 100) * (FOV_RANGE.min - FOV_RANGE.max);
}

/**
 * The narrowest viewer the site shows: a phone held upright, the viewer filling the screen under
 * the header (390 × ~700 px). An opening view that shows an arrow there shows it everywhere.
 */
export const NARROWEST_ASPECT = 9 / 16;

const RAD = Math.PI / 180;

export interface ViewAngles {
  /** Degrees. */
  yaw: number;
  /** Degrees. */
  pitch: number;
  /** Vertical field of view in degrees. */
  vFov: number;
}

/** Signed yaw difference `to - from` in degrees, in (-180, 180]: positive means "turn right". */
export function yawDelta(from: number, to: number): number {
  const d = (((to - from) % 360) + 360) % 360;
  return d > 180 ? d - 360 : d;
}

/**
 * Where a direction lands on the screen of a view: x and y from -1 (left/bottom edge) to 1
 * (right/top edge), or undefined when it is behind the viewer. Same rectilinear projection as the
 * viewer (and as src/panorama/reproject.ts).
 */
export function projectToScreen(view: ViewAngles, aspect: number, point: { yaw: number; pitch: number }): { x: number; y: number } | undefined {
  const dyaw = yawDelta(view.yaw, point.yaw) * RAD;
  const p = point.pitch * RAD;
  const cp = view.pitch * RAD;
  // Direction in a frame that faces the view's yaw: x right, y up, z forward.
  const x = Math.cos(p) * Math.sin(dyaw);
  const y0 = Math.sin(p);
  const z0 = Math.cos(p) * Math.cos(dyaw);
  // Tilt by the view's pitch.
  const y = y0 * Math.cos(cp) - z0 * Math.sin(cp);
  const z = y0 * Math.sin(cp) + z0 * Math.cos(cp);
  if (z <= 0) return undefined;
  const tanV = Math.tan((view.vFov / 2) * RAD);
  return { x: x / z / (tanV * aspect), y: y / z / tanV };
}

/**
 * Whether a direction is on screen, `inset` (a share of the half-width, 0–1) away from the edges:
 * an arrow whose centre sits right on the edge is half hidden and easy to miss.
 */
export function pointInView(view: ViewAngles, aspect: number, point: { yaw: number; pitch: number }, inset = 0.1): boolean {
  const s = projectToScreen(view, aspect, point);
  return !!s && Math.abs(s.x) <= 1 - inset && Math.abs(s.y) <= 1 - inset;
}

/**
 * The yaw closest to `view.yaw` (whole degrees) from which `point` is in view, keeping pitch and
 * field of view; undefined if no yaw shows it (it is too far up or down).
 */
export function nearestYawShowing(view: ViewAngles, aspect: number, point: { yaw: number; pitch: number }, inset = 0.1): number | undefined {
  const start = Math.round(view.yaw);
  const direction = Math.sign(yawDelta(view.yaw, point.yaw)) || 1;
  for (let step = 0; step <= 180; step++) {
    for (const sign of [direction, -direction]) {
      const yaw = (((start + sign * step) % 360) + 360) % 360;
      if (pointInView({ ...view, yaw }, aspect, point, inset)) return yaw > 180 ? yaw - 360 : yaw;
    }
  }
  return undefined;
}
