/**
 * Area hotspots (issue 17, item 4): a region of the panorama given as `[yaw, pitch]` corners in
 * degrees. Pure geometry on the unit sphere, shared by the content checks (is the outline
 * self-crossing?), the data layer (where the hotspot's centre is) and the VR mode (does the
 * controller's ray fall inside?). No zod and no three.js here, so every bundle can import it.
 *
 * An edge joins two corners the short way round (as the viewer draws it), so an outline may cross
 * the back of the photo: `[[170, 0], [-170, 0], …]` is 20° wide, not 340°.
 */

import { DEG } from '../util/angles.ts';

/** One corner: `[yaw, pitch]` in degrees, the editors' convention (src/schemas/angles.ts). */
export type AreaPoint = readonly [yaw: number, pitch: number];


type Vec = [number, number, number];

/** Unit vector of a direction; any fixed frame works for the tests below (they compare directions). */
function vector(yaw: number, pitch: number): Vec {
  const [y, p] = [yaw * DEG, pitch * DEG];
  return [Math.cos(p) * Math.sin(y), Math.sin(p), Math.cos(p) * Math.cos(y)];
}

const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec, b: Vec): Vec => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];

/** Sum of the corners' unit vectors: points at the outline's middle. */
function meanDirection(area: readonly AreaPoint[]): Vec {
  return area.reduce<Vec>((sum, [y, p]) => {
    const v = vector(y, p);
    return [sum[0] + v[0], sum[1] + v[1], sum[2] + v[2]];
  }, [0, 0, 0]);
}

/** Signed yaw difference `to - from` in degrees, in (-180, 180]. */
function yawStep(from: number, to: number): number {
  const d = (((to - from) % 360) + 360) % 360;
  return d > 180 ? d - 360 : d;
}

/**
 * The corners with yaws made continuous (each one within 180° of the one before), so a flat
 * yaw/pitch picture of the outline has no jump where it crosses yaw ±180.
 */
export function unwrapArea(area: readonly AreaPoint[]): AreaPoint[] {
  const out: AreaPoint[] = [];
  for (const [yaw, pitch] of area) {
    const previous = out.at(-1);
    out.push([previous ? previous[0] + yawStep(previous[0], yaw) : yaw, pitch]);
  }
  return out;
}

/**
 * Whether the direction (yaw, pitch) lies inside the outline: the winding number of the outline
 * around that direction, seen on the sphere. Each edge is turned through as seen from the point
 * (the angle between the two corners' directions in the plane tangent to the sphere there); the
 * turns add up to ±360° when the point is inside and to 0 when it is outside. On a sphere the
 * outline also winds round the points opposite the inside ones, so the point must lie on the
 * area's side (within 90° of its corners' mean). Exact for edges drawn as great-circle arcs, for
 * outlines within a hemisphere, across yaw ±180 and over the poles.
 */
export function areaContains(area: readonly AreaPoint[], yaw: number, pitch: number): boolean {
  if (area.length < 3) return false;
  const p = vector(yaw, pitch);
  if (dot(meanDirection(area), p) <= 0) return false;
  // Corner directions projected onto the plane tangent at p.
  const tangent = area.map(([y, q]): Vec => {
    const v = vector(y, q);
    const d = dot(v, p);
    return [v[0] - d * p[0], v[1] - d * p[1], v[2] - d * p[2]];
  });
  let turn = 0;
  for (let i = 0; i < tangent.length; i++) {
    const a = tangent[i]!;
    const b = tangent[(i + 1) % tangent.length]!;
    turn += Math.atan2(dot(cross(a, b), p), dot(a, b));
  }
  return Math.abs(turn) > Math.PI;
}

/**
 * The centre of the outline (the mean of its corners' directions), in degrees with yaw in
 * (-180, 180]: where the viewer turns to show the area, the VR info card stands and deep links point.
 */
export function areaCentre(area: readonly AreaPoint[]): { yaw: number; pitch: number } {
  const sum = meanDirection(area);
  const length = Math.hypot(...sum) || 1;
  const round = (x: number) => Math.round(x * 10) / 10 || 0;
  const yaw = round(Math.atan2(sum[0], sum[2]) / DEG);
  return { yaw: yaw === -180 ? 180 : yaw, pitch: round(Math.asin(Math.max(-1, Math.min(1, sum[1] / length))) / DEG) };
}

/** Whether segments ab and cd cross (touching ends do not count). */
function segmentsCross(a: AreaPoint, b: AreaPoint, c: AreaPoint, d: AreaPoint): boolean {
  const side = (p: AreaPoint, q: AreaPoint, r: AreaPoint) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

/**
 * The first pair of edges that cross each other, as corner indices of their starts, or undefined
 * when the outline is a simple polygon. Checked on the unwrapped yaw/pitch picture, which is what
 * an editor sees on the photo. An outline drawn in the wrong order (a bow tie) is the usual cause.
 */
export function selfCrossing(area: readonly AreaPoint[]): [number, number] | undefined {
  const points = unwrapArea(area);
  const n = points.length;
  for (let i = 0; i < n; i++) {
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue; // neighbours through the closing edge
      if (segmentsCross(points[i]!, points[(i + 1) % n]!, points[j]!, points[(j + 1) % n]!)) return [i, j];
    }
  }
  return undefined;
}
