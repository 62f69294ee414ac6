// Old buildings of the stone plateau, built on a facade plane in metres and
// projected (see facade.ts): the Vương family mansion in the Sà Phìn valley,
// and the row of two-storey houses of Đồng Văn old quarter with yin-yang tile
// roofs and red lanterns.

import { type DrawContext } from './context.ts';
import { type Facade, makeFacade } from './facade.ts';
import { fmt, fmt2 } from './geometry.ts';
import { type Palette, darken, lighten, mix } from './palettes.ts';
import { type Rng, rngFor } from './prng.ts';
import type { Landmark } from './recipes.ts';

const rectF = (F: Facade, s0: number, s1: number, z0: number, z1: number, dd = 0) =>
  F.path([[s0, z0, dd], [s1, z0, dd], [s1, z1, dd], [s0, z1, dd]]);

/** A tiled roof plane from the eave (near, low) to the ridge (far, high), with tile rows. */
function roof(F: Facade, s0: number, s1: number, eaveZ: number, eaveDd: number, ridgeZ: number, ridgeDd: number, color: string): string {
  let out = `<path d="${F.path([[s0, eaveZ, eaveDd], [s1, eaveZ, eaveDd], [s1 - 0.3, ridgeZ, ridgeDd], [s0 + 0.3, ridgeZ, ridgeDd]])}" fill="${color}"/>`;
  // Yin-yang tiles read as fine stripes running down the slope.
  let stripes = '';
  for (let s = s0 + 0.3; s < s1 - 0.2; s += 0.55) stripes += F.path([[s, eaveZ, eaveDd], [s, ridgeZ, ridgeDd]], false, 3);
  out += `<path d="${stripes}" stroke="${darken(color, 0.3)}" stroke-width="${fmt2(Math.max(1, F.scale((s0 + s1) / 2) * 0.12))}" fill="none"/>`;
  out += `<path d="${F.path([[s0 + 0.1, ridgeZ, ridgeDd], [s1 - 0.1, ridgeZ, ridgeDd]], false)}" stroke="${darken(color, 0.45)}" stroke-width="${fmt2(F.scale(s0) * 0.35)}" fill="none"/>`;
  // Eave edge catches the light.
  out += `<path d="${F.path([[s0, eaveZ, eaveDd], [s1, eaveZ, eaveDd]], false)}" stroke="${lighten(color, 0.25)}" stroke-width="${fmt2(F.scale(s0) * 0.18)}" fill="none"/>`;
  return out;
}

// --- Nhà Vương -------------------------------------------------------------

function poMuTrees(F: Facade, rng: Rng, p: Palette): string {
  let out = '';
  for (let k = 0; k < 9; k++) {
    const s = -36 + (72 * (k + rng.range(0.2, 0.8))) / 9;
    const h = rng.range(18, 27);
    const w = rng.range(5, 8);
    const c = mix(darken(p.foliage, 0.15), p.haze, 0.1);
    out += `<path d="${F.path([[s - w / 2, 0, 28], [s + w / 2, 0, 28], [s + w * 0.18, h * 0.8, 28], [s, h, 28], [s - w * 0.18, h * 0.8, 28]], true, 4)}" fill="${c}"/>`;
  }
  return out;
}

function hall(F: Facade, half: number, dd: number, wallZ: number, ridgeZ: number, wall: string, roofC: string): string {
  let out = `<path d="${rectF(F, -half, half, 0, wallZ, dd)}" fill="${wall}"/>`;
  for (let s = -half + 2.5; s < half - 1; s += 4) out += `<path d="${rectF(F, s, s + 1.2, wallZ - 2.6, wallZ - 1.2, dd)}" fill="${darken(wall, 0.55)}"/>`;
  out += roof(F, -half - 1.5, half + 1.5, wallZ, dd - 1.5, ridgeZ, dd + 3.5, roofC);
  return out;
}

export function mansion(ctx: DrawContext, lm: Landmark): string {
  const p = ctx.palette;
  const rng = rngFor(ctx.recipe.id, 'mansion');
  // 45 m away, eye 7 m above the valley floor: the compound spans about ±35°.
  const F = makeFacade(lm.yaw, 45, 7);
  const wall = mix('#cdb38e', p.walls[1], 0.3);
  const stone = mix('#9a9286', p.haze, 0.1);
  const roofC = mix('#5b5552', p.haze, 0.08);
  let out = '';
  // Valley floor in front, and the flagstone path to the gate.
  out += `<path d="${F.path([[-70, 0, -25], [70, 0, -25], [70, 0, 30], [-70, 0, 30]], true, 8)}" fill="${mix(p.groundTop, p.terraces[0], 0.12)}"/>`;
  out += `<path d="${F.path([[-2, 0, -25], [2, 0, -25], [2, 0, 0], [-2, 0, 0]], true, 8)}" fill="${mix(p.road, stone, 0.4)}"/>`;
  out += poMuTrees(F, rng, p);
  out += hall(F, 16, 16, 7.5, 11.5, wall, roofC);
  out += hall(F, 13, 8, 7, 10.5, darken(wall, 0.05), roofC);
  for (const sx of [-1, 1]) {
    const a = sx * 17;
    const b = sx * 27;
    out += `<path d="${rectF(F, Math.min(a, b), Math.max(a, b), 0, 6, 4)}" fill="${darken(wall, 0.1)}"/>`;
    out += roof(F, Math.min(a, b) - 1, Math.max(a, b) + 1, 6, 3, 9, 7, roofC);
  }
  // Perimeter wall of dressed stone with a tiled coping.
  out += `<path d="${rectF(F, -31, 31, 0, 3.2)}" fill="${stone}"/>`;
  let joints = '';
  for (let z = 0.8; z < 3.2; z += 0.8) joints += F.path([[-31, z], [31, z]], false, 4);
  out += `<path d="${joints}" stroke="${darken(stone, 0.2)}" stroke-width="1" fill="none"/>`;
  out += `<path d="${F.path([[-31.3, 3.2, -0.4], [31.3, 3.2, -0.4], [31.3, 3.8, 0.3], [-31.3, 3.8, 0.3]])}" fill="${roofC}"/>`;
  // Gate house: stone walls, dark wooden door, a roof with upturned corners.
  out += `<path d="${rectF(F, -5, 5, 0, 6.5, -0.6)}" fill="${lighten(stone, 0.12)}"/>`;
  out += `<path d="${F.path([[-1.7, 0, -0.7], [1.7, 0, -0.7], [1.7, 2.8, -0.7], [0, 3.6, -0.7], [-1.7, 2.8, -0.7]])}" fill="#4a3022"/>`;
  out += roof(F, -6.8, 6.8, 6.5, -2, 9.2, 1.5, darken(roofC, 0.05));
  for (const sx of [-1, 1]) {
    out += `<path d="${F.path([[sx * 6.8, 6.5, -2], [sx * 7.6, 7.4, -2.2], [sx * 6.2, 6.9, -1.8]])}" fill="${darken(roofC, 0.1)}"/>`;
  }
  return F.wrap(out);
}

// --- Phố cổ Đồng Văn --------------------------------------------------------

function lantern(F: Facade, s: number): string {
  const [x, y] = F.pt(s, 2.35, -0.9);
  const k = F.scale(s, -0.9);
  const top = F.pt(s, 3.1, -0.9);
  return (
    `<path d="M${fmt(top[0])} ${fmt(top[1])}V${fmt(y - k * 0.35)}" stroke="#3a2a20" stroke-width="1"/>` +
    `<ellipse cx="${fmt(x)}" cy="${fmt(y)}" rx="${fmt(k * 0.3)}" ry="${fmt(k * 0.38)}" fill="#d42a1e"/>` +
    `<ellipse cx="${fmt(x - k * 0.08)}" cy="${fmt(y - k * 0.08)}" rx="${fmt(k * 0.1)}" ry="${fmt(k * 0.2)}" fill="#f2613f" opacity="0.8"/>` +
    `<path d="M${fmt(x - k * 0.14)} ${fmt(y - k * 0.38)}h${fmt(k * 0.28)}M${fmt(x - k * 0.14)} ${fmt(y + k * 0.38)}h${fmt(k * 0.28)}" stroke="#e8b93c" stroke-width="${fmt2(Math.max(1.5, k * 0.08))}"/>` +
    `<path d="M${fmt(x)} ${fmt(y + k * 0.38)}v${fmt(k * 0.45)}" stroke="#e8b93c" stroke-width="${fmt2(Math.max(1, k * 0.05))}"/>`
  );
}

function oldHouse(F: Facade, rng: Rng, p: Palette, s0: number, s1: number): string {
  const w = s1 - s0;
  const wall = mix(rng.pick(['#dcbc8e', '#cfa878', '#e2c79c', '#d4b48a']), p.haze, 0.06);
  const wood = mix('#6a4530', p.haze, 0.04);
  const tile = mix('#5e5b5b', p.haze, 0.08);
  let out = `<path d="${rectF(F, s0, s1, 0, 7)}" fill="${wall}"/>`;
  // Ground floor: shop front of wooden boards.
  out += `<path d="${rectF(F, s0 + 0.4, s1 - 0.4, 0, 2.8)}" fill="${wood}"/>`;
  let boards = '';
  for (let s = s0 + 0.9; s < s1 - 0.5; s += 0.6) boards += F.path([[s, 0.1], [s, 2.7]], false);
  out += `<path d="${boards}" stroke="${lighten(wood, 0.2)}" stroke-width="1" fill="none"/>`;
  // Upper floor: a lattice window with a little balcony rail.
  out += `<path d="${rectF(F, s0 + 0.8, s1 - 0.8, 3.9, 5.6)}" fill="${darken(wood, 0.1)}"/>`;
  let lattice = '';
  for (let s = s0 + 1.2; s < s1 - 0.9; s += 0.4) lattice += F.path([[s, 3.95], [s, 5.55]], false);
  for (let z = 4.3; z < 5.6; z += 0.4) lattice += F.path([[s0 + 0.85, z], [s1 - 0.85, z]], false, 3);
  out += `<path d="${lattice}" stroke="${lighten(wood, 0.35)}" stroke-width="1" fill="none"/>`;
  // Lower eave between the floors, then the main roof.
  out += `<path d="${F.path([[s0 - 0.1, 3.55, 0], [s1 + 0.1, 3.55, 0], [s1 + 0.1, 3.0, -1.1], [s0 - 0.1, 3.0, -1.1]])}" fill="${tile}"/>`;
  const eave = rng.range(6.0, 6.7);
  const ridge = eave + rng.range(2.1, 2.6);
  out += roof(F, s0 - 0.15, s1 + 0.15, eave, -0.8, ridge, 2.6, tile);
  // Gable firewall between neighbours, stepping just above the roof.
  const gable = darken(wall, 0.1);
  out += `<path d="${F.path([[s1 - 0.35, 0, 0], [s1 + 0.35, 0, 0], [s1 + 0.35, eave + 0.3, 0], [s1 + 0.35, ridge + 0.3, 2.6], [s1 - 0.35, ridge + 0.3, 2.6], [s1 - 0.35, eave + 0.3, 0]])}" fill="${gable}"/>`;
  out += `<path d="${F.path([[s1 - 0.5, ridge + 0.3, 2.6], [s1 + 0.5, ridge + 0.3, 2.6], [s1 + 0.5, ridge + 0.55, 2.6], [s1 - 0.5, ridge + 0.55, 2.6]])}" fill="${tile}"/>`;
  out += lantern(F, s0 + w * 0.28) + lantern(F, s0 + w * 0.72);
  return out;
}

export function oldQuarter(ctx: DrawContext, lm: Landmark): string {
  const p = ctx.palette;
  const rng = rngFor(ctx.recipe.id, 'old-quarter');
  // 26 m across the market street, eye 6 m up the steps opposite.
  const F = makeFacade(lm.yaw, 26, 6);
  let out = '';
  // The paved street in front.
  const paving = mix(p.road, '#9a948a', 0.45);
  out += `<path d="${F.path([[-70, 0, -16], [70, 0, -16], [70, 0, 0.5], [-70, 0, 0.5]], true, 4)}" fill="${paving}"/>`;
  let joints = '';
  for (let dd = -14; dd < 0; dd += 2) joints += F.path([[-70, 0, dd], [70, 0, dd]], false, 4);
  out += `<path d="${joints}" stroke="${darken(paving, 0.15)}" stroke-width="1.5" fill="none"/>`;
  let s = -24;
  while (s < 24) {
    const w = rng.range(4.6, 6.2);
    out += oldHouse(F, rng, p, s, Math.min(24, s + w));
    s += w;
  }
  return F.wrap(out);
}
