// Foreground ground and the "illustration" notice near the nadir.
// The ground's gradients settle to one flat colour well before the bottom, so
// the nadir row y = H-1 is uniform; its profiles are periodic: seamless.

import { type DrawContext, verticalGradient } from './context.ts';
import { H, W, columns, deg, fmt, fmt2, pathOf, periodicNoise, pitchToY, type Point, stretchAt, wrapCopies, yawToX } from './geometry.ts';
import { darken, lighten, mix } from './palettes.ts';
import { rngFor } from './prng.ts';
import { ILLUSTRATION_NOTICE } from './recipes.ts';

/**
 * Three bands of gently rolling ground, each a periodic profile filled with a
 * vertical gradient: the valley floor, a midground rise with tree clumps on
 * its crest, and the slope at our feet, darkest, fading to the nadir colour.
 */
const BANDS = [
  { below: 0, amp: 0.8, shade: 0 },
  { below: 5, amp: 2.2, shade: 0.12 },
  { below: 16, amp: 3.2, shade: 0.25 },
];

function band(ctx: DrawContext, topPitch: number, i: number): { svg: string; pts: Point[] } {
  const p = ctx.palette;
  const b = BANDS[i];
  const wave = periodicNoise(rngFor(ctx.recipe.id, `ground-${i}`), deg(b.amp), [2, 3, 5, 8, 13]);
  const pts: Point[] = [];
  for (const x of columns(8)) pts.push([x, pitchToY(topPitch - b.below) - Math.abs(wave(x))]);
  const top = Math.min(...pts.map((q) => q[1]));
  const c = darken(mix(p.groundTop, p.haze, i === 0 ? 0.22 : 0), b.shade);
  const fill = verticalGradient(ctx, top, pitchToY(-58), [
    { at: 0, color: lighten(c, 0.06) },
    { at: 0.35, color: mix(c, p.groundNadir, 0.3) },
    { at: 1, color: p.groundNadir },
  ]);
  return { svg: `<path d="${pathOf([...pts, [W, H], [0, H]])}" fill="${fill}"/>`, pts };
}

/** Valley floor and the midground rise with its tree clumps. */
export function drawGroundFar(ctx: DrawContext, topPitch: number): string {
  const rng = rngFor(ctx.recipe.id, 'ground-trees');
  const floor = band(ctx, topPitch, 0);
  const rise = band(ctx, topPitch, 1);
  let trees = '';
  for (let k = 0; k < 70; k++) {
    const x0 = rng.range(0, W);
    const n = rng.int(2, 6);
    for (let m = 0; m < n; m++) {
      const x = x0 + m * deg(0.9) * rng.range(0.8, 1.3);
      // Kept clear of the seam, so no crown is cut at x = 0 or x = W.
      if (x > W - deg(2) || x < deg(2)) continue;
      const y = rise.pts[Math.round(x / 8)][1];
      const r = deg(rng.range(0.5, 0.9));
      trees += `M${fmt(x - r)} ${fmt(y + r * 0.4)}a${fmt(r)} ${fmt(r * 1.1)} 0 1 1 ${fmt(2 * r)} 0Z`;
    }
  }
  return `${floor.svg}${rise.svg}<path d="${trees}" fill="${mix(ctx.palette.foliage, ctx.palette.haze, 0.08)}"/>`;
}

/** The slope at our feet, drawn in front of terraces and behind rivers. */
export function drawGroundNear(ctx: DrawContext, topPitch: number): string {
  const rng = rngFor(ctx.recipe.id, 'ground-shrubs');
  let d = '';
  for (let k = 0; k < 160; k++) {
    const x = rng.range(0, W);
    const pitch = Math.max(-58, topPitch - 21 - rng.next() ** 1.3 * 26);
    const r = deg(rng.range(0.3, 0.8)) * (1 + (-pitch - 25) / 20);
    const y = pitchToY(pitch);
    const s = stretchAt(pitch);
    d += `M${fmt(x - r * s)} ${fmt(y)}a${fmt(r * s)} ${fmt(r * 0.55)} 0 1 0 ${fmt(2 * r * s)} 0a${fmt(r * s)} ${fmt(r * 0.55)} 0 1 0 ${fmt(-2 * r * s)} 0Z`;
  }
  let out = band(ctx, topPitch, 2).svg + wrapCopies(`<path d="${d}" fill="${darken(ctx.palette.groundTop, 0.3)}" opacity="0.3"/>`, -1, W + 1);
  if (ctx.recipe.tour === 'cao-nguyen-da') out += rocks(ctx, topPitch);
  return out + flowers(ctx, topPitch);
}

/** Grey limestone outcrops: the "stone plateau" pokes through the grass. */
function rocks(ctx: DrawContext, topPitch: number): string {
  const rng = rngFor(ctx.recipe.id, 'rocks');
  const stone = mix('#b9b4a8', ctx.palette.haze, 0.1);
  let lit = '';
  let dark = '';
  for (let k = 0; k < 60; k++) {
    const x = rng.range(0, W);
    // Stays above pitch -58: clear of the notice and of the uniform nadir.
    const pitch = Math.max(-58, topPitch - 19 - rng.next() ** 1.2 * 30);
    const s = stretchAt(pitch);
    const r = deg(rng.range(0.5, 1.4)) * (1 + (topPitch - 19 - pitch) / 14);
    const y = pitchToY(pitch);
    const h = r * rng.range(0.7, 1.3);
    // A rounded, slightly leaning lump; its lower-right half in shadow.
    lit += `M${fmt(x - r * s)} ${fmt(y)}Q${fmt(x - r * s * 0.9)} ${fmt(y - h)} ${fmt(x)} ${fmt(y - h)}Q${fmt(x + r * s * 0.8)} ${fmt(y - h * 0.9)} ${fmt(x + r * s)} ${fmt(y)}Z`;
    dark += `M${fmt(x)} ${fmt(y)}Q${fmt(x + r * s * 0.5)} ${fmt(y - h * 0.5)} ${fmt(x + r * s * 0.25)} ${fmt(y - h * 0.98)}Q${fmt(x + r * s * 0.8)} ${fmt(y - h * 0.9)} ${fmt(x + r * s)} ${fmt(y)}Z`;
  }
  return wrapCopies(`<path d="${lit}" fill="${stone}"/><path d="${dark}" fill="${darken(stone, 0.3)}"/>`, -1, W + 1);
}

/** Patches of wildflowers (pink buckwheat, white and yellow), tiny dots. */
function flowers(ctx: DrawContext, topPitch: number): string {
  const rng = rngFor(ctx.recipe.id, 'flowers');
  const colors = ['#e98fb8', '#f6e7ee', '#f2d04f'];
  const paths = colors.map(() => '');
  for (let k = 0; k < 40; k++) {
    const cx = rng.range(0, W);
    const cp = Math.max(-56, topPitch - 20 - rng.next() * 26);
    const c = rng.int(0, colors.length - 1);
    for (let m = 0; m < 18; m++) {
      const pitch = cp + rng.range(-1.5, 1.5);
      const x = cx + deg(rng.range(-4, 4)) * stretchAt(pitch);
      const r = 1.5 + (topPitch - 20 - pitch) / 10;
      paths[c] += `M${fmt(x - r)} ${fmt(pitchToY(pitch))}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0Z`;
    }
  }
  return wrapCopies(paths.map((d, i) => (d ? `<path d="${d}" fill="${colors[i]}" opacity="0.85"/>` : '')).join(''), -1, W + 1);
}

/**
 * "Illustration — not a photograph", written around the nadir (pitch ≈ -70)
 * twice, facing yaw 0 and yaw 180, widened by 1/cos(pitch) so it reads with
 * normal proportions when a visitor looks down.
 */
export function drawNotice(ctx: DrawContext): string {
  const color = lighten(ctx.palette.textOnGround, 0.1);
  const size = deg(1.9);
  let out = '';
  for (const yaw of [0, 180]) {
    const x = yawToX(yaw);
    let lines = '';
    ILLUSTRATION_NOTICE.forEach((line, i) => {
      const pitch = -68 - i * 3.2;
      const s = stretchAt(pitch);
      lines += `<text transform="translate(${fmt(x)} ${fmt(pitchToY(pitch))}) scale(${fmt2(s)} 1)" text-anchor="middle" font-family="sans-serif" font-size="${fmt(size)}" fill="${color}" fill-opacity="0.55">${line}</text>`;
    });
    const half = size * 0.3 * 34 * stretchAt(-71);
    out += wrapCopies(lines, x - half, x + half);
  }
  return out;
}
