// Mã Pí Lèng: looking down into the Nho Quế gorge from the pass. Two great
// mountain walls frame a deep V; inside it, interlocking spurs step down from
// alternate sides (hazy and small far away, darker close by), and a narrow
// jade-green river winds between them, widening as it comes closer. Drawn far
// to near, so each river stretch is painted after the spur behind it.
// Centred on the landmark yaw; `pitch` is the river's middle.

import { type DrawContext, verticalGradient } from './context.ts';
import { deg, fmt, pathOf, pitchToY, type Point, wrapCopies, wrapYaw, yawToX } from './geometry.ts';
import { darken, lighten, mix } from './palettes.ts';
import { rngFor } from './prng.ts';
import type { Landmark } from './recipes.ts';

const JADE = '#2fa88f';
const SPURS = 7;
const SUMMIT = 38;
const OUTER = 80;

/**
 * Wall crest pitch at |yaw offset| a: a smoothstep from the gorge floor to a
 * rounded summit (so the V is wide enough to look into), then a long outer
 * slope that sinks below the foreground.
 */
function wallPitch(a: number): number {
  const q = Math.min(1, Math.max(0, (a - 3) / (SUMMIT - 3)));
  if (a <= SUMMIT) return -30 + 45 * (q * q * (3 - 2 * q)) ** 0.9;
  return 15 - 47 * ((a - SUMMIT) / (OUTER - SUMMIT)) ** 1.5;
}

/** Inner edge of the V at a given pitch (inverse of the inner wall slope). */
function vEdge(pitch: number): number {
  let lo = 3;
  let hi = SUMMIT;
  for (let i = 0; i < 30; i++) {
    const m = (lo + hi) / 2;
    if (wallPitch(m) < pitch) lo = m;
    else hi = m;
  }
  return lo;
}

export function canyon(ctx: DrawContext, lm: Landmark): string {
  const p = ctx.palette;
  const rng = rngFor(ctx.recipe.id, 'canyon');
  const cx = yawToX(lm.yaw);
  const X = (d: number) => cx + deg(d);
  const Y = pitchToY;
  const sunSide = wrapYaw(ctx.recipe.sunYaw - lm.yaw) >= 0 ? 1 : -1;
  // Depth u: 0 = far end of the gorge, 1 = right below us.
  const rPitch = (u: number) => -1.5 + 2 * (lm.pitch + 1.5) * u ** 1.2;
  const rWidth = (u: number) => 0.2 + 2.2 * u ** 1.8;
  // The last spurs and the river run on below the foreground edge (u > 1).
  const knots = Array.from({ length: SPURS }, (_, k) => 0.1 + (1.05 * k) / (SPURS - 1));
  const side = (k: number) => (k % 2 ? 1 : -1);
  const swing = (k: number) => -side(k) * (0.8 + 3.5 * knots[k]);
  // The river swings away from each spur's tip: a smooth curve through knots.
  const rYaw = (u: number) => {
    if (u <= knots[0]) return swing(0) * (u / knots[0]);
    for (let k = 0; k < SPURS - 1; k++) {
      if (u <= knots[k + 1]) {
        const t = (u - knots[k]) / (knots[k + 1] - knots[k]);
        return swing(k) + (swing(k + 1) - swing(k)) * (0.5 - 0.5 * Math.cos(Math.PI * t));
      }
    }
    return swing(SPURS - 1);
  };
  const water = verticalGradient(ctx, Y(-1.5), Y(lm.pitch * 2), [
    { at: 0, color: mix(JADE, p.haze, 0.5) },
    { at: 1, color: JADE },
  ]);
  const riverPart = (u0: number, u1: number) => {
    const l: Point[] = [];
    const r: Point[] = [];
    for (let u = u0; u <= u1 + 1e-9; u += 0.01) {
      l.push([X(rYaw(u) - rWidth(u) / 2), Y(rPitch(u))]);
      r.push([X(rYaw(u) + rWidth(u) / 2), Y(rPitch(u))]);
    }
    return `<path d="${pathOf([...l, ...r.reverse()])}" fill="${water}"/>`;
  };
  const rock = (u: number) => mix(mix(p.mountainFar, p.mountainNear, 0.25 + 0.6 * u), '#8a846f', 0.15);
  let out = '';

  // Far end of the gorge: a low hazy ridge closing the V below the horizon.
  const farPts: Point[] = [];
  for (let d = -SUMMIT; d <= SUMMIT; d += 1) farPts.push([X(d), Y(-0.8 + 2.2 * (d / SUMMIT) ** 2 + 0.6 * Math.sin(d / 3))]);
  farPts.push([X(SUMMIT), Y(-40)], [X(-SUMMIT), Y(-40)]);
  out += `<path d="${pathOf(farPts)}" fill="${mix(rock(0), p.haze, 0.55)}"/>`;
  out += riverPart(0, knots[0]);

  for (let k = 0; k < SPURS; k++) {
    const u = knots[k];
    const s = side(k);
    const tipD = rYaw(u) + s * rWidth(u) * 0.2;
    const tipP = rPitch(u) - 0.2;
    const startP = tipP + 2.5 + 5 * u;
    const startD = s * (vEdge(startP) + 2);
    // Spur crest: gently down from the wall, then a cliff into the river.
    const crest = (t: number): Point => [X(startD + (tipD - startD) * t), Y(startP + (tipP - startP) * t ** 2.4)];
    const pts: Point[] = [];
    for (let t = 0; t <= 1.0001; t += 0.04) pts.push(crest(t));
    pts.push([X(tipD), Y(tipP - 9)], [X(startD), Y(tipP - 9)]);
    const lit = s === sunSide;
    const c = lit ? rock(u) : darken(rock(u), 0.15);
    const fill = verticalGradient(ctx, Y(startP), Y(tipP - 6), [
      { at: 0, color: mix(c, p.haze, 0.45 * (1 - u)) },
      { at: 1, color: mix(darken(c, 0.3), p.haze, 0.3 * (1 - u)) },
    ]);
    out += `<path d="${pathOf(pts)}" fill="${fill}"/>`;
    // Bare limestone cliff where the spur drops into the river.
    const cliff: Point[] = [];
    for (let t = 0.55; t <= 1.0001; t += 0.05) cliff.push(crest(t));
    cliff.push([X(tipD - s * 0.3), Y(tipP - 2.5)], [X(startD + (tipD - startD) * 0.7), Y(startP + (tipP - startP) * 0.6 - 2)]);
    out += `<path d="${pathOf(cliff)}" fill="${lit ? '#c2b8a0' : '#857d6b'}" opacity="${fmt(0.3 + 0.4 * u)}"/>`;
    const rim: Point[] = [];
    for (let t = 0; t <= 1.0001; t += 0.04) rim.push(crest(t));
    out += `<path d="${pathOf(rim, false)}" fill="none" stroke="${lighten(c, 0.3)}" stroke-width="${fmt(1 + 2 * u)}" opacity="${lit ? 0.7 : 0.3}"/>`;
    if (u < 0.6) {
      out += `<ellipse cx="${fmt(X(rYaw(u) - s * 4))}" cy="${fmt(Y(tipP + 0.5))}" rx="${fmt(deg(7 + rng.range(0, 4)))}" ry="${fmt(deg(0.7))}" fill="${p.haze}" opacity="${fmt(0.2 + 0.35 * p.mist)}"/>`;
    }
    out += riverPart(u, k + 1 < SPURS ? knots[k + 1] : 1.45);
  }

  // The two great walls, nearest of all.
  for (const s of [-1, 1]) {
    const pts: Point[] = [];
    for (let a = 3; a <= OUTER + 1e-9; a += 0.5) pts.push([X(s * a), Y(wallPitch(a))]);
    pts.push([X(s * OUTER), Y(-40)], [X(s * 3), Y(-40)]);
    const c = p.mountainNear;
    const fill = verticalGradient(ctx, Y(15), Y(-28), [
      { at: 0, color: c },
      { at: 1, color: mix(darken(c, 0.15), p.haze, 0.15) },
    ]);
    out += `<path d="${pathOf(pts)}" fill="${fill}"/>`;
    // Inner face towards the gorge: shadowed or sunlit limestone.
    const face: Point[] = [];
    for (let a = 3; a <= SUMMIT + 2; a += 0.5) face.push([X(s * a), Y(wallPitch(a))]);
    face.push([X(s * (SUMMIT - 4)), Y(wallPitch(SUMMIT) - 14)], [X(s * 9), Y(-40)], [X(s * 3), Y(-40)]);
    const lit = s === sunSide;
    out += `<path d="${pathOf(face)}" fill="${lit ? lighten(c, 0.35) : p.shadow}" opacity="${lit ? 0.3 : 0.28}"/>`;
    let streaks = '';
    for (let k = 0; k < 18; k++) {
      const a = rng.range(5, SUMMIT - 2);
      streaks += `M${fmt(X(s * a))} ${fmt(Y(wallPitch(a) - rng.range(0.8, 3)))}l${fmt(-s * deg(rng.range(0.3, 1)))} ${fmt(deg(rng.range(2, 7)))}`;
    }
    out += `<path d="${streaks}" stroke="${darken(c, 0.3)}" stroke-width="3" stroke-linecap="round" opacity="0.35"/>`;
  }
  return wrapCopies(out, X(-OUTER), X(OUTER));
}
