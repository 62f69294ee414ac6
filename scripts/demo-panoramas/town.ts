// Small houses: narrow pastel "tube houses" for Hà Giang city, wooden stilt-
// less village houses for Hoàng Su Phì, earthen houses with grey tile roofs
// for the stone plateau. Each is a few flat shapes; trees fill the gaps.

import { type DrawContext } from './context.ts';
import { deg, fmt, pitchToY, wrapCopies, yawToX } from './geometry.ts';
import { type Palette, darken, lighten, mix } from './palettes.ts';
import { type Rng, rngFor } from './prng.ts';
import type { TownFeature } from './recipes.ts';

interface House {
  x: number;
  y: number;
  size: number;
  depth: number;
}

const rect = (x: number, y: number, w: number, h: number, fill: string) =>
  `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}" fill="${fill}"/>`;

const poly = (pts: readonly number[], fill: string) => {
  let d = '';
  for (let i = 0; i < pts.length; i += 2) d += `${i ? 'L' : 'M'}${fmt(pts[i])} ${fmt(pts[i + 1])}`;
  return `<path d="${d}Z" fill="${fill}"/>`;
};

function windows(rng: Rng, x: number, top: number, w: number, h: number, rows: number, color: string): string {
  let out = '';
  const rowH = h / rows;
  for (let r = 0; r < rows; r++) {
    const per = w > rowH * 1.3 ? 2 : 1;
    for (let c = 0; c < per; c++) {
      if (rng.chance(0.12)) continue;
      const ww = (w / per) * 0.45;
      out += rect(x + (w / per) * (c + 0.275), top + rowH * (r + 0.3), ww, rowH * 0.38, color);
    }
  }
  return out;
}

function cityHouse(rng: Rng, p: Palette, h: House): string {
  const w = deg(rng.range(1.4, 2.4)) * h.size;
  const ht = deg(rng.range(3, 6.5)) * h.size;
  const left = h.x - w / 2;
  const top = h.y - ht;
  const wall = rng.pick(p.walls);
  let out = rect(left, top, w, ht, wall);
  out += rect(left + w * 0.62, top, w * 0.38, ht, darken(wall, 0.09));
  out += windows(rng, left, top, w, ht, Math.max(2, Math.round(ht / (deg(1.1) * h.size))), mix('#3f4b5a', wall, 0.25));
  if (rng.chance(0.55)) {
    const roof = rng.pick(p.roofs);
    out += poly([left - w * 0.06, top, left + w * 1.06, top, left + w * 0.75, top - w * 0.38, left + w * 0.25, top - w * 0.38], roof);
  } else {
    out += rect(left - w * 0.03, top - w * 0.08, w * 1.06, w * 0.1, darken(wall, 0.2));
  }
  return out;
}

function villageHouse(rng: Rng, p: Palette, h: House): string {
  const w = deg(rng.range(3.6, 5.2)) * h.size;
  const ht = deg(rng.range(1.7, 2.4)) * h.size;
  const left = h.x - w / 2;
  const top = h.y - ht;
  const wood = mix('#8a6446', p.haze, 0.15);
  const roof = rng.pick(p.roofs);
  let out = rect(left, top, w, ht, wood);
  out += rect(left + w * 0.42, top + ht * 0.35, w * 0.16, ht * 0.65, darken(wood, 0.45));
  out += rect(left + w * 0.12, top + ht * 0.3, w * 0.16, ht * 0.25, darken(wood, 0.35));
  const o = w * 0.12;
  out += poly([left - o, top + ht * 0.08, left + w + o, top + ht * 0.08, left + w * 0.82, top - ht * 0.8, left + w * 0.18, top - ht * 0.8], roof);
  out += poly([left - o, top + ht * 0.08, left + w + o, top + ht * 0.08, left + w + o * 0.6, top - ht * 0.02, left - o * 0.6, top - ht * 0.02], darken(roof, 0.25));
  return out;
}

function stoneHouse(rng: Rng, p: Palette, h: House): string {
  const w = deg(rng.range(2, 3.2)) * h.size;
  const ht = deg(rng.range(1.4, 2.2)) * h.size;
  const left = h.x - w / 2;
  const top = h.y - ht;
  const wall = mix('#d7b37a', p.haze, 0.2);
  const roof = mix('#5d5c5f', p.haze, 0.15);
  let out = rect(left, top, w, ht, wall);
  out += rect(left + w * 0.4, top + ht * 0.45, w * 0.2, ht * 0.55, darken(wall, 0.5));
  out += rect(left + w * 0.1, top + ht * 0.3, w * 0.14, ht * 0.22, darken(wall, 0.4));
  const o = w * 0.08;
  const rh = ht * 0.55;
  out += poly([left - o, top, left + w + o, top, left + w * 0.9, top - rh, left + w * 0.1, top - rh], roof);
  let stripes = '';
  for (let k = 1; k < 8; k++) {
    const u = k / 8;
    stripes += `M${fmt(left - o + (w + 2 * o) * u)} ${fmt(top)}L${fmt(left + w * 0.1 + w * 0.8 * u)} ${fmt(top - rh)}`;
  }
  out += `<path d="${stripes}" stroke="${lighten(roof, 0.25)}" stroke-width="1"/>`;
  return out;
}

function tree(rng: Rng, p: Palette, h: House): string {
  const r = deg(rng.range(0.7, 1.2)) * h.size;
  const trunk = rect(h.x - r * 0.1, h.y - r * 0.9, r * 0.2, r * 0.9, darken('#6b4a33', 0.1));
  const crown = `<ellipse cx="${fmt(h.x)}" cy="${fmt(h.y - r * 1.6)}" rx="${fmt(r)}" ry="${fmt(r * 1.1)}" fill="${mix(p.foliage, p.haze, 0.1 + h.depth * 0.2)}"/>`;
  return trunk + crown;
}

/**
 * `basePitchAt(yaw)` is the ground line (the far river bank, or a flat valley
 * floor); houses farther back sit higher and are drawn smaller and first.
 */
export function drawTown(ctx: DrawContext, f: TownFeature, basePitchAt: (yaw: number) => number): string {
  const p = ctx.palette;
  const rng = rngFor(ctx.recipe.id, `town-${f.fromYaw}`);
  const x0 = yawToX(f.fromYaw);
  const houses: (House & { kind: 'house' | 'tree' })[] = [];
  const total = Math.round(f.count * 1.35);
  for (let k = 0; k < total; k++) {
    const yaw = f.fromYaw + (f.toYaw - f.fromYaw) * rng.next();
    const depth = rng.next();
    const base = basePitchAt(yaw) + depth * 2.2;
    const size = Math.min(1.4, Math.max(0.55, -base / 3.2)) * (1 - 0.3 * depth);
    houses.push({ x: x0 + deg(yaw - f.fromYaw), y: pitchToY(base), size, depth, kind: k < f.count ? 'house' : 'tree' });
  }
  houses.sort((a, b) => a.y - b.y);
  const draw = f.style === 'city' ? cityHouse : f.style === 'village' ? villageHouse : stoneHouse;
  let out = '';
  for (const h of houses) out += h.kind === 'tree' ? tree(rng, p, h) : draw(rng, p, h);
  const xs = houses.map((h) => h.x);
  return wrapCopies(out, Math.min(...xs) - deg(4), Math.max(...xs) + deg(4));
}
