// Karst mountains: 5 layers of steep, dome-topped limestone cones, pale and
// bluish far away (aerial perspective) and dark green close by, with mist
// pooling at the feet of each layer like the valleys of the Đồng Văn plateau.
// Ridgelines are built from wrapped distances, so each profile is exactly
// periodic: the value at x = 0 equals the value at x = W (seamless).

import { type DrawContext, verticalGradient } from './context.ts';
import { H, W, columns, deg, mod, pathOf, periodicNoise, pitchToY, type Point, wrapYaw, wrappedDx, xToYaw } from './geometry.ts';
import { mix } from './palettes.ts';
import { type Rng, rngFor } from './prng.ts';

/** Lowers the ridges around a yaw (to open a pass, or frame a landmark). */
export interface Clearing {
  yaw: number;
  halfWidth: number;
  maxPitch: number;
}

interface Peak {
  x: number;
  /** degrees above the layer foot */
  height: number;
  /** half-widths in px, left and right (a little skew looks natural) */
  left: number;
  right: number;
}

const STEP = 4;
const LAYERS = 5;

/** Rounded top, steep flanks, flared foot: t is 0 at the summit, 1 at the base. */
function karst(t: number): number {
  if (t >= 1) return 0;
  return (1 - t ** 2.6) ** 1.15;
}

function peakPitch(p: Peak, foot: number, x: number): number {
  const dx = wrappedDx(p.x, x);
  const t = Math.abs(dx) / (dx < 0 ? p.left : p.right);
  return foot + p.height * karst(t);
}

/** Log-sum-exp: a smooth max that gives rounded saddles between cones. */
function softMax(values: readonly number[], k: number): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  let sum = 0;
  for (const v of values) sum += Math.exp((v - m) / k);
  return m + k * Math.log(sum);
}

function makePeaks(rng: Rng, t: number, foot: number): Peak[] {
  const count = Math.round(36 - 26 * t);
  const peaks: Peak[] = [];
  const offset = rng.next();
  for (let k = 0; k < count; k++) {
    // Near layers leave some valleys open so farther ridges show through.
    if (t > 0.6 && rng.chance(0.2)) continue;
    const x = mod(((k + offset + rng.range(-0.35, 0.35)) * W) / count, W);
    // Mostly modest cones with the odd tall one: r^1.6 skews towards low.
    const top = 2 + 0.5 * t + (4 + 10 * t) * rng.next() ** 1.6;
    const height = top - foot;
    // Karst cones are roughly twice as wide as they are tall.
    const half = deg(height * rng.range(0.65, 1.05));
    const skew = rng.range(-0.2, 0.2);
    peaks.push({ x, height, left: half * (1 + skew), right: half * (1 - skew) });
  }
  return peaks;
}

function clampByClearings(pitch: number, x: number, clearings: readonly Clearing[]): number {
  let p = pitch;
  for (const c of clearings) {
    const d = Math.abs(wrapYaw(xToYaw(x) - c.yaw)) / c.halfWidth;
    const cap = c.maxPitch + 30 * d * d;
    // smooth min, so the pass has rounded shoulders
    p = -softMax([-p, -cap], 0.6);
  }
  return p;
}

/** Shadow on the side away from the sun; wider when the peak is backlit. */
function shadowPath(p: Peak, foot: number, sunYaw: number): string {
  const delta = wrapYaw(sunYaw - xToYaw(p.x));
  const side = delta >= 0 ? -1 : 1;
  const half = side < 0 ? p.left : p.right;
  const g = 0.1 - 0.5 * Math.cos((delta * Math.PI) / 180);
  const xin = p.x + side * half * g;
  const xout = p.x + side * half;
  const pts: Point[] = [];
  const n = Math.max(4, Math.ceil(Math.abs(xout - xin) / 6));
  for (let i = 0; i <= n; i++) {
    const x = xin + ((xout - xin) * i) / n;
    pts.push([x, pitchToY(peakPitch(p, foot, x))]);
  }
  const footY = pitchToY(foot);
  const topY = pts[0][1];
  pts.push([xout, footY], [xin + side * half * 0.12, footY], [xin + side * half * 0.05, (topY + footY) / 2]);
  return pathOf(pts);
}

export function drawMountains(ctx: DrawContext, clearings: readonly Clearing[]): string {
  const p = ctx.palette;
  let out = '';
  for (let i = 0; i < LAYERS; i++) {
    const t = i / (LAYERS - 1);
    const rng = rngFor(ctx.recipe.id, `mountains-${i}`);
    const foot = -1 - 11 * t ** 1.2;
    const peaks = makePeaks(rng, t, foot);
    const baseNoise = periodicNoise(rng, 1.2, [3, 7, 13]);
    const profile: Point[] = [];
    let minY = H;
    for (const x of columns(STEP)) {
      const values = [foot + 2.5 + baseNoise(x)];
      for (const pk of peaks) values.push(peakPitch(pk, foot, x));
      const y = pitchToY(clampByClearings(softMax(values, 0.45), x, clearings));
      if (y < minY) minY = y;
      profile.push([x, y]);
    }
    const footY = pitchToY(foot);
    const base = mix(p.mountainFar, p.mountainNear, t ** 0.9);
    const fill = verticalGradient(ctx, minY, footY + deg(1), [
      { at: 0, color: mix(base, p.haze, 0.18 * (1 - t)) },
      { at: 0.55, color: mix(base, p.haze, 0.12 + 0.1 * (1 - t)) },
      { at: 1, color: mix(base, p.haze, p.mist * (0.8 - 0.35 * t)) },
    ]);
    // The polygon runs from x=0 to x=W exactly, then down to the bottom edge.
    out += `<path d="${pathOf([...profile, [W, H], [0, H]])}" fill="${fill}"/>`;

    const shade = verticalGradient(ctx, minY, footY, [
      { at: 0, color: p.shadow, opacity: 0.14 + 0.26 * t },
      { at: 1, color: p.shadow, opacity: 0.02 },
    ]);
    let shadows = '';
    for (const pk of peaks) shadows += shadowPath(pk, foot, ctx.recipe.sunYaw);
    out += `<path d="${shadows}" fill="${shade}"/>`;
    // Shadow shapes near the seam are repeated one period over.
    out += `<g transform="translate(${W} 0)"><path d="${shadows}" fill="${shade}"/></g><g transform="translate(${-W} 0)"><path d="${shadows}" fill="${shade}"/></g>`;

    if (i < LAYERS - 1) out += mistBand(ctx, footY, deg(2.5 + 3 * t), p.mist);
  }
  return out;
}

function mistBand(ctx: DrawContext, y: number, half: number, strength: number): string {
  const fill = verticalGradient(ctx, y - half, y + half, [
    { at: 0, color: ctx.palette.haze, opacity: 0 },
    { at: 0.55, color: ctx.palette.haze, opacity: 0.75 * strength },
    { at: 1, color: ctx.palette.haze, opacity: 0 },
  ]);
  return `<rect x="0" y="${Math.round(y - half)}" width="${W}" height="${Math.round(2 * half)}" fill="${fill}"/>`;
}
