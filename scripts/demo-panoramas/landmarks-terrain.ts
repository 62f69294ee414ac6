// Landmarks that are mostly landform: the Lũng Cú flag tower on its peak,
// Quản Bạ Heaven Gate between the twin "fairy" mountains (the Mã Pí Lèng
// gorge lives in canyon.ts). Each landmark is centred on its yaw.

import { type DrawContext, verticalGradient } from './context.ts';
import { deg, fmt, pathOf, pitchToY, type Point, wrapCopies, wrapYaw, yawToX } from './geometry.ts';
import { darken, mix } from './palettes.ts';
import type { Landmark } from './recipes.ts';

/** A hill silhouette from a pitch function over [yaw - half, yaw + half], closed at `basePitch`. */
function hill(ctx: DrawContext, cx: number, half: number, pitchAt: (dyaw: number) => number, basePitch: number, color: string): string {
  const pts: Point[] = [];
  for (let d = -half; d <= half + 1e-9; d += 0.25) pts.push([cx + deg(d), pitchToY(pitchAt(d))]);
  pts.push([cx + deg(half), pitchToY(basePitch)], [cx - deg(half), pitchToY(basePitch)]);
  const top = Math.min(...pts.map((q) => q[1]));
  const fill = verticalGradient(ctx, top, pitchToY(basePitch), [
    { at: 0, color },
    { at: 0.6, color: mix(color, ctx.palette.haze, 0.15) },
    { at: 1, color: mix(color, ctx.palette.haze, 0.55 * ctx.palette.mist + 0.15) },
  ]);
  return `<path d="${pathOf(pts)}" fill="${fill}"/>`;
}

/** Half of a hill (the side away from the sun) darkened, for volume. */
function hillShade(ctx: DrawContext, cx: number, yaw: number, half: number, pitchAt: (d: number) => number, basePitch: number, from = 0): string {
  const side = wrapYaw(ctx.recipe.sunYaw - yaw) >= 0 ? -1 : 1;
  const pts: Point[] = [];
  for (let d = from; d <= half; d += 0.25) pts.push([cx + deg(side * d), pitchToY(pitchAt(side * d))]);
  pts.push([cx + deg(side * half), pitchToY(basePitch)], [cx + deg(side * (from + 2)), pitchToY(basePitch)]);
  return `<path d="${pathOf(pts)}" fill="${ctx.palette.shadow}" opacity="0.2"/>`;
}

// --- Lũng Cú: the peak (backdrop) and the tower with its flag (front) -----

const TOWER_HALF = 24;

function towerPeak(lm: Landmark): (d: number) => number {
  return (d) => {
    const t = Math.min(1, Math.abs(d) / TOWER_HALF);
    // Karst cone with a small flattened summit for the tower's terrace.
    return -16 + (lm.pitch + 16) * (1 - Math.max(0, t - 0.04) ** 2.1) ** 1.3;
  };
}

export function flagTowerBackdrop(ctx: DrawContext, lm: Landmark): string {
  const p = ctx.palette;
  const cx = yawToX(lm.yaw);
  const at = towerPeak(lm);
  let out = hill(ctx, cx, TOWER_HALF, at, -16, mix(p.mountainNear, p.groundTop, 0.3));
  out += hillShade(ctx, cx, lm.yaw, TOWER_HALF, at, -16, 1);
  return wrapCopies(out, cx - deg(TOWER_HALF), cx + deg(TOWER_HALF));
}

function star(cx: number, cy: number, r: number): string {
  const pts: Point[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.382 : r;
    pts.push([cx + rr * Math.cos(a), cy + rr * Math.sin(a)]);
  }
  return pathOf(pts);
}

export function flagTower(ctx: DrawContext, lm: Landmark): string {
  const cx = yawToX(lm.yaw);
  const y = (pitch: number) => pitchToY(lm.pitch + pitch);
  const lit = wrapYaw(ctx.recipe.sunYaw - lm.yaw) >= 0 ? 1 : -1;
  const stone = '#ece4d4';
  const shade = darken(stone, 0.22);
  const w0 = deg(1.05);
  const w1 = deg(0.8);
  let out = '';
  // Summit terrace and plinth.
  out += `<path d="${pathOf([[cx - deg(3), y(0.2)], [cx + deg(3), y(0.2)], [cx + deg(2.4), y(-0.6)], [cx - deg(2.4), y(-0.6)]])}" fill="${darken(stone, 0.1)}"/>`;
  out += `<path d="${pathOf([[cx - deg(1.6), y(1.4)], [cx + deg(1.6), y(1.4)], [cx + deg(1.9), y(0.2)], [cx - deg(1.9), y(0.2)]])}" fill="${stone}"/>`;
  // Slender octagonal shaft: lit half and shaded half.
  out += `<path d="${pathOf([[cx - w0, y(1.4)], [cx + w0, y(1.4)], [cx + w1, y(10.4)], [cx - w1, y(10.4)]])}" fill="${stone}"/>`;
  out += `<path d="${pathOf([[cx, y(1.4)], [cx - lit * w0, y(1.4)], [cx - lit * w1, y(10.4)], [cx, y(10.4)]])}" fill="${shade}"/>`;
  let floors = '';
  for (let k = 1; k <= 5; k++) {
    const py = y(1.4 + k * 1.6);
    const half = w0 + ((w1 - w0) * k * 1.6) / 9;
    floors += `M${fmt(cx - half)} ${fmt(py)}H${fmt(cx + half)}`;
  }
  out += `<path d="${floors}" stroke="${darken(stone, 0.35)}" stroke-width="2"/>`;
  // Observation deck and the flagpole.
  out += `<path d="${pathOf([[cx - deg(1.05), y(10.4)], [cx + deg(1.05), y(10.4)], [cx + deg(0.95), y(11.3)], [cx - deg(0.95), y(11.3)]])}" fill="${darken(stone, 0.08)}"/>`;
  out += `<path d="M${fmt(cx)} ${fmt(y(11.3))}V${fmt(y(13.6))}" stroke="#d9d9d9" stroke-width="4"/>`;
  // The flag: red with a yellow star, one gentle wave.
  const fx = cx + 1.5;
  const fw = deg(6);
  const top = y(13.5);
  const fh = deg(4);
  const wave = deg(0.35);
  out +=
    `<path d="M${fmt(fx)} ${fmt(top)}C${fmt(fx + fw * 0.35)} ${fmt(top - wave)} ${fmt(fx + fw * 0.65)} ${fmt(top + wave)} ${fmt(fx + fw)} ${fmt(top)}` +
    `V${fmt(top + fh)}C${fmt(fx + fw * 0.65)} ${fmt(top + fh + wave)} ${fmt(fx + fw * 0.35)} ${fmt(top + fh - wave)} ${fmt(fx)} ${fmt(top + fh)}Z" fill="#da251d"/>`;
  out += `<path d="${star(fx + fw / 2, top + fh / 2, deg(1.25))}" fill="#ffdd00"/>`;
  return wrapCopies(out, cx - deg(3), cx + fw + 2);
}

// --- Quản Bạ: twin rounded peaks with the pass between ---------------------

const TWIN_OFFSET = 12;
const TWIN_HALF = 16;

function twinPeaks(lm: Landmark): (d: number) => number {
  const base = -16;
  const top = lm.pitch + 18;
  // Exponent chosen so each dome is half its height at the pass: the
  // saddle lands at about lm.pitch.
  const e = Math.log((lm.pitch - base) / (top - base)) / Math.log(1 - (TWIN_OFFSET / TWIN_HALF) ** 2);
  const dome = (d: number) => {
    const t = Math.min(1, Math.abs(d) / TWIN_HALF);
    return base + (top - base) * (1 - t * t) ** e;
  };
  // Smooth max of the two domes: a rounded saddle at about lm.pitch.
  return (d) => {
    const a = dome(d + TWIN_OFFSET);
    const b = dome(d - TWIN_OFFSET);
    const m = Math.max(a, b);
    return m + 0.5 * Math.log(Math.exp((a - m) / 0.5) + Math.exp((b - m) / 0.5));
  };
}

export function gateBackdrop(ctx: DrawContext, lm: Landmark): string {
  const p = ctx.palette;
  const cx = yawToX(lm.yaw);
  const half = TWIN_OFFSET + TWIN_HALF;
  const at = twinPeaks(lm);
  const green = mix(mix(p.groundTop, p.terraces[0], 0.3), p.haze, 0.08);
  let out = hill(ctx, cx, half, at, -16, green);
  // Each twin gets its own shaded flank.
  for (const off of [-TWIN_OFFSET, TWIN_OFFSET]) {
    out += hillShade(ctx, cx + deg(off), lm.yaw + off, TWIN_HALF, (d) => at(d + off), -16, 0.5);
  }
  return wrapCopies(out, cx - deg(half), cx + deg(half));
}

/** The small stone arch standing in the pass (drawn over the road's end). */
export function gateArch(ctx: DrawContext, lm: Landmark): string {
  const cx = yawToX(lm.yaw);
  const base = pitchToY(lm.pitch - 0.3);
  const u = deg(1.5);
  const stone = mix('#8d8379', ctx.palette.haze, 0.2);
  const roof = mix('#7a3b2e', ctx.palette.haze, 0.2);
  let out = '';
  for (const sx of [-1, 1]) out += `<rect x="${fmt(cx + sx * 1.1 * u - 0.2 * u)}" y="${fmt(base - 2.2 * u)}" width="${fmt(0.4 * u)}" height="${fmt(2.2 * u)}" fill="${stone}"/>`;
  out += `<rect x="${fmt(cx - 1.4 * u)}" y="${fmt(base - 2.6 * u)}" width="${fmt(2.8 * u)}" height="${fmt(0.45 * u)}" fill="${stone}"/>`;
  out += `<path d="M${fmt(cx - 1.9 * u)} ${fmt(base - 2.45 * u)}Q${fmt(cx)} ${fmt(base - 2.75 * u)} ${fmt(cx + 1.9 * u)} ${fmt(base - 2.45 * u)}L${fmt(cx + 1.2 * u)} ${fmt(base - 3.3 * u)}H${fmt(cx - 1.2 * u)}Z" fill="${roof}"/>`;
  return wrapCopies(out, cx - 2 * u, cx + 2 * u);
}
