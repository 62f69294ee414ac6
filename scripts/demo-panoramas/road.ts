// A serpentine mountain road (the Hà Giang loop is famous for its hairpins):
// switchbacks whose swing and width shrink as the road climbs away from us.

import { type DrawContext } from './context.ts';
import { deg, fmt, fmt2, type Point, pitchToY, wrapCopies, yawToX } from './geometry.ts';
import { darken } from './palettes.ts';
import { rngFor } from './prng.ts';
import type { RoadFeature } from './recipes.ts';

/** Catmull-Rom through the points, written as cubic Béziers (one per segment). */
function smoothSegments(pts: readonly Point[]): { d: string; mid: number }[] {
  const out: { d: string; mid: number }[] = [];
  for (let i = 0; i < pts.length - 1; i++) {
    const p0 = pts[Math.max(0, i - 1)];
    const p1 = pts[i];
    const p2 = pts[i + 1];
    const p3 = pts[Math.min(pts.length - 1, i + 2)];
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    out.push({
      d: `M${fmt(p1[0])} ${fmt(p1[1])}C${fmt(c1[0])} ${fmt(c1[1])} ${fmt(c2[0])} ${fmt(c2[1])} ${fmt(p2[0])} ${fmt(p2[1])}`,
      mid: (p1[1] + p2[1]) / 2,
    });
  }
  return out;
}

export function drawRoad(ctx: DrawContext, f: RoadFeature): string {
  const p = ctx.palette;
  const rng = rngFor(ctx.recipe.id, 'road');
  const turns = 7;
  const x0 = yawToX(f.fromYaw);
  const pts: Point[] = [];
  for (let j = 0; j <= turns; j++) {
    const u = j / turns;
    // Big steps near us, small ones far up the slope (perspective).
    const pitch = f.fromPitch + (f.toPitch - f.fromPitch) * (1 - (1 - u) ** 1.8);
    const swing = j === 0 || j === turns ? 0 : (j % 2 ? 1 : -1) * deg(7) * (1 - 0.8 * u) * rng.range(0.8, 1.2);
    pts.push([x0 + deg((f.toYaw - f.fromYaw) * u) + swing, pitchToY(pitch)]);
  }
  const segs = smoothSegments(pts);
  const top = pitchToY(f.toPitch);
  const bottom = pitchToY(f.fromPitch);
  // Width from ~1.6° close by to ~0.25° at the top.
  const width = (y: number) => deg(0.25 + 1.35 * ((y - top) / (bottom - top)) ** 1.3);
  let edge = '';
  let surface = '';
  for (const s of segs) {
    const w = width(s.mid);
    edge += `<path d="${s.d}" stroke-width="${fmt2(w * 1.35)}"/>`;
    surface += `<path d="${s.d}" stroke-width="${fmt2(w)}"/>`;
  }
  const out =
    `<g fill="none" stroke="${darken(p.road, 0.4)}" stroke-linecap="round" opacity="0.7">${edge}</g>` +
    `<g fill="none" stroke="${p.road}" stroke-linecap="round">${surface}</g>`;
  const xs = pts.map((q) => q[0]);
  return wrapCopies(out, Math.min(...xs) - deg(3), Math.max(...xs) + deg(3));
}
