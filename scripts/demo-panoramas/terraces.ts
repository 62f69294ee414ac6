// Rice terraces, the signature of Hoàng Su Phì: whole hillsides combed into
// thin curved paddy bands. Each row is a full-circle strip of rolling hills
// (periodic, so it is seamless); inside the recipe's yaw range the strip is
// combed into bands that follow the hill tops and relax lower down, spaced
// wider as they come closer (perspective). Horizontal gradients fade the
// bands into the plain strip at the ends of the range (an SVG mask would look
// the same but triples librsvg's render time).

import { type DrawContext, verticalGradient } from './context.ts';
import { H, W, columns, deg, fmt, fmt2, pathOf, pitchToY, type Point, wrapCopies, wrapYaw, wrappedDx, xToYaw, yawToX } from './geometry.ts';
import { lighten, mix } from './palettes.ts';
import { type Rng, rngFor } from './prng.ts';
import type { TerracesFeature } from './recipes.ts';

interface RowSpec {
  /** pitch range of hill tops */
  top: [number, number];
  /** pitch where the row's bands end (hidden by the next row, or near the nadir) */
  bottom: number;
  half: [number, number];
  bands: number;
  haze: number;
  /** hills per 360° */
  hills: number;
}

const FAR: RowSpec = { top: [-4, 0.5], bottom: -20, half: [8, 14], bands: 16, haze: 0.3, hills: 22 };
const MID: RowSpec = { top: [-10, -4], bottom: -34, half: [12, 20], bands: 24, haze: 0.08, hills: 14 };
const NEAR: RowSpec = { top: [-26, -18], bottom: -62, half: [20, 32], bands: 30, haze: 0, hills: 9 };

const STEP = 12;
const FADE = 20;

function periodicHills(rng: Rng, spec: RowSpec): (x: number) => number {
  const hills = Array.from({ length: spec.hills }, (_, k) => ({
    x: ((k + 0.5 + rng.range(-0.3, 0.3)) / spec.hills) * W,
    top: rng.range(...spec.top),
    half: deg(rng.range(...spec.half)),
  }));
  const valley = spec.top[0] - 2.5;
  // Smooth maximum (log-sum-exp) rounds the valleys between hills; a hard
  // max leaves a crease that every band below would repeat.
  const k = 0.9;
  return (x) => {
    let sum = 1;
    for (const h of hills) {
      const t = Math.abs(wrappedDx(h.x, x)) / h.half;
      if (t < 1) sum += Math.exp(((h.top - valley) * (1 - t * t) ** 0.9) / k);
    }
    return valley + k * Math.log(sum);
  };
}

function drawRow(ctx: DrawContext, rng: Rng, f: TerracesFeature, spec: RowSpec, nearest: boolean): string {
  const p = ctx.palette;
  const profile = periodicHills(rng, spec);
  const bottomY = pitchToY(spec.bottom);
  const fadeTo = nearest ? p.groundNadir : undefined;

  // Plain grassy strip all the way round.
  const ring: Point[] = [];
  for (const x of columns(STEP)) ring.push([x, pitchToY(profile(x))]);
  const grass = mix(mix(p.groundTop, p.foliage, 0.35), p.haze, spec.haze);
  const plain = verticalGradient(ctx, pitchToY(spec.top[1]), nearest ? pitchToY(-60) : bottomY, [
    { at: 0, color: grass },
    { at: 1, color: fadeTo ?? grass },
  ]);
  let out = `<path d="${pathOf([...ring, [W, H], [0, H]])}" fill="${plain}"/>`;

  // Combed bands over the recipe's range plus a fade margin at each end.
  const start = yawToX(f.fromYaw - FADE);
  const len = deg(f.toYaw - f.fromYaw + 2 * FADE);
  const xs: number[] = [];
  for (let x = 0; x <= len; x += STEP) xs.push(start + x);
  const tops = xs.map((x) => pitchToY(profile(x)));
  const lines: Point[][] = [];
  for (let j = 0; j <= spec.bands; j++) {
    const s = (j / spec.bands) ** 1.5;
    const amp = rng.range(0.08, 0.18);
    const freq = rng.range(8, 16);
    const phase = rng.range(0, 6.28);
    lines.push(
      xs.map((x, i) => {
        const gap = (bottomY - tops[i]) / spec.bands;
        const wobble = j === 0 || j === spec.bands ? 0 : amp * gap * Math.sin((freq * (x - start)) / len * Math.PI * 2 + phase);
        const y = tops[i] + (bottomY - tops[i]) * s;
        // Lower lines relax from the hill shape towards a flatter curve.
        const flat = bottomY - (bottomY - tops[i]) * 0.25;
        return [x, y + (flat - y) * s * 0.5 * (1 - s) + wobble] as Point;
      }),
    );
  }
  // The combed area fades into the plain strip over FADE degrees at each end:
  // every band and riser is painted with a horizontal gradient that goes from
  // the plain strip's colour (or transparent) to its own colour and back.
  const fr = fmt2(deg(FADE) / len);
  const fr1 = fmt2(1 - deg(FADE) / len);
  const hGrad = (edge: string, mid: string, edgeOpacity = 1, midOpacity = 1) => {
    const id = ctx.nextId('th');
    ctx.defs.push(
      `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${fmt(start)}" y1="0" x2="${fmt(start + len)}" y2="0">` +
        `<stop offset="0" stop-color="${edge}" stop-opacity="${edgeOpacity}"/><stop offset="${fr}" stop-color="${mid}" stop-opacity="${midOpacity}"/>` +
        `<stop offset="${fr1}" stop-color="${mid}" stop-opacity="${midOpacity}"/><stop offset="1" stop-color="${edge}" stop-opacity="${edgeOpacity}"/></linearGradient>`,
    );
    return `url(#${id})`;
  };
  let bands = '';
  let risers = '';
  for (let j = 0; j < spec.bands; j++) {
    let c = mix(p.terraces[j % 2], p.terraces[2], rng.next() * 0.5 + (1 - j / spec.bands) * 0.3);
    c = mix(c, p.haze, spec.haze);
    const down = Math.min(1, Math.max(0, (j / spec.bands - 0.5) / 0.45));
    if (fadeTo) c = mix(c, fadeTo, down);
    const plainHere = mix(grass, fadeTo ?? grass, fadeTo ? Math.min(1, (j + 0.5) / spec.bands) : 0);
    bands += `<path d="${pathOf([...lines[j], ...lines[j + 1].slice().reverse()])}" fill="${hGrad(plainHere, c)}"/>`;
    if (j > 0) risers += pathOf(lines[j], false);
  }
  // Patches of still-green paddies among the ripe ones: a horizontal tint
  // (zero at both ends, so it fades with the bands).
  const tid = ctx.nextId('tt');
  let stops = '';
  for (let k = 0; k <= 12; k++) {
    const o = k === 0 || k === 12 || !rng.chance(0.45) ? 0 : rng.range(0.12, 0.3);
    stops += `<stop offset="${fmt2(k / 12)}" stop-color="${p.terraceWall}" stop-opacity="${fmt2(o)}"/>`;
  }
  ctx.defs.push(`<linearGradient id="${tid}" gradientUnits="userSpaceOnUse" x1="${fmt(start)}" y1="0" x2="${fmt(start + len)}" y2="0">${stops}</linearGradient>`);
  bands += `<path d="${pathOf([...lines[0], ...lines[spec.bands].slice().reverse()])}" fill="url(#${tid})"/>`;
  // Flanks turned away from the sun are shaded: a horizontal gradient whose
  // opacity follows the slope of the crest line above.
  const sid = ctx.nextId('ts');
  let sstops = '';
  for (let i = 0; i < xs.length; i += 4) {
    const k = Math.min(xs.length - 1, i + 1);
    const slope = (tops[k] - tops[Math.max(0, k - 2)]) / (xs[k] - xs[Math.max(0, k - 2)]);
    const sunDir = wrapYaw(ctx.recipe.sunYaw - xToYaw(xs[i])) >= 0 ? 1 : -1;
    const o = Math.min(0.3, Math.max(0, -slope * sunDir) * 0.5) * (1 - spec.haze);
    sstops += `<stop offset="${fmt2(i / (xs.length - 1))}" stop-color="${p.shadow}" stop-opacity="${fmt2(o)}"/>`;
  }
  ctx.defs.push(`<linearGradient id="${sid}" gradientUnits="userSpaceOnUse" x1="${fmt(start)}" y1="0" x2="${fmt(start + len)}" y2="0">${sstops}</linearGradient>`);
  bands += `<path d="${pathOf([...lines[0], ...lines[spec.bands].slice().reverse()])}" fill="url(#${sid})"/>`;
  const riserW = Math.max(1.2, (spec.bottom - spec.top[1]) / -12);
  const wall = mix(p.terraceWall, p.haze, spec.haze);
  bands += `<path d="${risers}" fill="none" stroke="${hGrad(wall, wall, 0, 0.75)}" stroke-width="${fmt2(riserW)}"/>`;
  const lip = lighten(p.terraces[2], 0.4);
  bands += `<path d="${risers}" fill="none" stroke="${hGrad(lip, lip, 0, 0.3)}" stroke-width="${fmt2(riserW * 0.6)}" transform="translate(0 ${fmt2(-riserW * 1.3)})"/>`;
  out += wrapCopies(bands, start, start + len);
  // Crest line all round, so rows read as separate ridges.
  out += `<path d="${pathOf(ring, false)}" fill="none" stroke="${wall}" stroke-width="${fmt2(riserW * 1.3)}" opacity="0.7"/>`;
  return out;
}

/**
 * 'back': the far and lower-slope rows, drawn behind the slope at our feet
 * (which hides their lower edge). 'front': for all-terraces scenes (rows 3),
 * the row right below us, drawn over that slope and fading out near the nadir.
 */
export function drawTerraces(ctx: DrawContext, feature: TerracesFeature, part: 'back' | 'front'): string {
  const rng = rngFor(ctx.recipe.id, `terraces-${feature.fromYaw}-${part}`);
  if (part === 'front') return feature.rows === 3 ? drawRow(ctx, rng, feature, NEAR, true) : '';
  const rows = feature.rows === 1 ? [MID] : [FAR, MID];
  return rows.map((spec) => drawRow(ctx, rng, feature, spec, false)).join('');
}
