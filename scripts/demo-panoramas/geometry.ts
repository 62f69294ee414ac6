// Equirectangular geometry shared by every drawing module.
// Convention (matches the viewer): yaw 0 is the image centre and grows to the
// right; pitch 0 is the horizon (y = H/2), +90 the zenith row, -90 the nadir row.

import type { Rng } from './prng.ts';

export const W = 4096;
export const H = 2048;
/** Pixels per degree, identical horizontally and vertically (2:1 image). */
export const PX_PER_DEG = W / 360;
export const HORIZON_Y = H / 2;

export function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** Any yaw to (-180, 180]. */
export function wrapYaw(yaw: number): number {
  const y = mod(yaw + 180, 360) - 180;
  return y === -180 ? 180 : y;
}

export function yawToX(yaw: number): number {
  return mod(W * (0.5 + yaw / 360), W);
}

export function pitchToY(pitch: number): number {
  return H * (0.5 - pitch / 180);
}

export function xToYaw(x: number): number {
  return wrapYaw((x / W - 0.5) * 360);
}

export function deg(d: number): number {
  return d * PX_PER_DEG;
}

/**
 * A shape drawn at pitch p covers cos(p) less of the viewer's field of view per
 * pixel than at the horizon; widening it by 1/cos(p) makes it look round again.
 */
export function stretchAt(pitch: number): number {
  return 1 / Math.cos((Math.min(Math.abs(pitch), 85) * Math.PI) / 180);
}

/**
 * Fixed one-decimal formatting: short SVG, and the same digits on every run
 * (String(-0) is "0", so no "-0" noise either).
 */
export function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** Two decimals, for scale factors. */
export function fmt2(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export type Point = readonly [number, number];

/**
 * Sample columns 0, step, 2·step, … and always W itself, so a periodic
 * profile's last point lands exactly on the right edge (seamless).
 */
export function columns(step: number): number[] {
  const xs: number[] = [];
  for (let x = 0; x < W; x += step) xs.push(x);
  xs.push(W);
  return xs;
}

/** "M x y L x y ..." for a polyline / polygon. */
export function pathOf(points: readonly Point[], close = true): string {
  let d = '';
  for (let i = 0; i < points.length; i++) {
    d += `${i === 0 ? 'M' : 'L'}${fmt(points[i][0])} ${fmt(points[i][1])}`;
  }
  return close ? `${d}Z` : d;
}

/**
 * The seam rule: anything whose horizontal extent leaves [0, W] is emitted a
 * second time shifted by ±W, so columns 0 and W-1 continue each other.
 * `minX`/`maxX` are the fragment's horizontal extent in its own coordinates.
 */
export function wrapCopies(fragment: string, minX: number, maxX: number): string {
  if (!fragment) return '';
  let out = fragment;
  if (minX < 0) out += `<g transform="translate(${W} 0)">${fragment}</g>`;
  if (maxX > W) out += `<g transform="translate(${-W} 0)">${fragment}</g>`;
  return out;
}

/**
 * Signed horizontal distance from a to b the short way round the panorama,
 * used by periodic profiles so that f(0) === f(W).
 */
export function wrappedDx(a: number, b: number): number {
  return mod(b - a + W / 2, W) - W / 2;
}

/**
 * A smooth random function of x that is exactly periodic over W (integer
 * harmonics only). Amplitude is in pixels.
 */
export function periodicNoise(rng: Rng, amplitude: number, harmonics: readonly number[]): (x: number) => number {
  const terms = harmonics.map((k) => ({ k, phase: rng.range(0, Math.PI * 2), a: rng.range(0.4, 1) / Math.sqrt(k) }));
  const norm = terms.reduce((s, t) => s + t.a, 0) || 1;
  return (x) => {
    let v = 0;
    for (const t of terms) v += t.a * Math.sin((2 * Math.PI * t.k * x) / W + t.phase);
    return (amplitude * v) / norm;
  };
}

/**
 * Ground-plane projection. A point `forward` metres along yaw 0, `right`
 * metres to the right and `up` metres above the eye lands at
 * yaw = atan2(right, forward), pitch = atan2(up, horizontal distance).
 * Rivers and the bridge use it so straight banks curve the way they do in a
 * real equirectangular photo.
 */
export function projectGround(forward: number, right: number, up: number): { yaw: number; pitch: number } {
  const yaw = (Math.atan2(right, forward) * 180) / Math.PI;
  const pitch = (Math.atan2(up, Math.hypot(forward, right)) * 180) / Math.PI;
  return { yaw, pitch };
}

/**
 * Projects a 3D polyline to image points, keeping x continuous across the seam
 * (x may run past 0 or W; pair with wrapCopies). Edges are subdivided because
 * straight lines in space are curves in an equirectangular image.
 */
export function projectPolyline(points: readonly (readonly [number, number, number])[], steps = 16): Point[] {
  const out: Point[] = [];
  let lastX: number | undefined;
  const push = (f: number, r: number, u: number) => {
    const p = projectGround(f, r, u);
    let x = yawToX(p.yaw);
    if (lastX !== undefined) x = lastX + wrappedDx(lastX, x);
    lastX = x;
    out.push([x, pitchToY(p.pitch)]);
  };
  for (let i = 0; i < points.length; i++) {
    const [f, r, u] = points[i];
    if (i === 0) {
      push(f, r, u);
      continue;
    }
    const [f0, r0, u0] = points[i - 1];
    for (let s = 1; s <= steps; s++) {
      const t = s / steps;
      push(f0 + (f - f0) * t, r0 + (r - r0) * t, u0 + (u - u0) * t);
    }
  }
  return out;
}

export function extentX(points: readonly Point[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const [x] of points) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  return [min, max];
}

/** Rotates ground coordinates so that "forward" points at `yaw` degrees. */
export function groundAt(yaw: number, distance: number, lateral = 0): [number, number] {
  const a = (yaw * Math.PI) / 180;
  return [distance * Math.cos(a) - lateral * Math.sin(a), distance * Math.sin(a) + lateral * Math.cos(a)];
}
