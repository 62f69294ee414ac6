// The river: laid out like a straight river seen from its bank, so its banks
// curve up to the horizon exactly the way they do in a real equirectangular
// photo. Far bank, water, glints, near embankment.

import { type DrawContext, verticalGradient } from './context.ts';
import { deg, fmt, pathOf, pitchToY, type Point, wrapCopies, yawToX } from './geometry.ts';
import { darken, mix } from './palettes.ts';
import { rngFor } from './prng.ts';
import type { RiverFeature } from './recipes.ts';

export interface RiverGeometry {
  /** yaw of the closest point of the river */
  mid: number;
  /** half the visible span (90 for a truly straight river) */
  half: number;
  eyeHeight: number;
  nearBank: number;
  farBank: number;
  meander: (yaw: number) => number;
}

export function riverGeometry(f: RiverFeature, sceneId: string): RiverGeometry {
  const rng = rngFor(sceneId, 'river');
  const phase = rng.range(0, Math.PI * 2);
  const mid = (f.fromYaw + f.toYaw) / 2;
  const half = (f.toYaw - f.fromYaw) / 2;
  return {
    mid,
    half,
    eyeHeight: f.eyeHeight,
    nearBank: f.nearBank,
    farBank: f.farBank,
    // A gentle S-bend so the banks are not ruler-straight.
    meander: (yaw) => 1 + 0.07 * Math.sin(((yaw - mid) / half) * Math.PI * 1.5 + phase),
  };
}

/** Pitch of a bank at `dist` metres, seen at `yaw`; undefined outside the river's span. */
export function bankPitch(g: RiverGeometry, yaw: number, dist: number): number | undefined {
  const a = ((yaw - g.mid) / g.half) * 90;
  if (Math.abs(a) >= 89.5) return undefined;
  const c = Math.cos((a * Math.PI) / 180);
  return (-Math.atan((g.eyeHeight * c) / (dist * g.meander(yaw))) * 180) / Math.PI;
}

export function drawRiver(ctx: DrawContext, f: RiverFeature): string {
  const p = ctx.palette;
  const g = riverGeometry(f, ctx.recipe.id);
  const rng = rngFor(ctx.recipe.id, 'river-detail');
  const x0 = yawToX(g.mid);
  const xOf = (yaw: number) => x0 + deg(yaw - g.mid);
  const far: Point[] = [];
  const near: Point[] = [];
  const quay: Point[] = [];
  for (let a = -g.half + 0.6; a <= g.half - 0.6; a += 0.5) {
    const yaw = g.mid + a;
    far.push([xOf(yaw), pitchToY(bankPitch(g, yaw, g.farBank) ?? 0)]);
    near.push([xOf(yaw), pitchToY(bankPitch(g, yaw, g.nearBank) ?? 0)]);
    quay.push([xOf(yaw), pitchToY(bankPitch(g, yaw, g.nearBank * 0.82) ?? 0)]);
  }
  const water = verticalGradient(ctx, pitchToY(-1), pitchToY(-40), [
    { at: 0, color: mix(p.riverLight, p.river, 0.35) },
    { at: 0.3, color: p.river },
    { at: 1, color: darken(p.river, 0.22) },
  ]);
  let out = `<path d="${pathOf([...far, ...near.slice().reverse()])}" fill="${water}"/>`;
  // Far bank: a pale strip of sand and stones.
  out += `<path d="${pathOf(far, false)}" fill="none" stroke="${mix(p.road, p.haze, 0.3)}" stroke-width="4"/>`;

  // Ripples and glints: short light dashes, denser and longer towards the sun.
  let ripples = '';
  for (let k = 0; k < 140; k++) {
    const yaw = g.mid + rng.range(-g.half * 0.85, g.half * 0.85);
    const dist = g.nearBank + (g.farBank - g.nearBank) * rng.next() ** 0.7;
    const pitch = bankPitch(g, yaw, dist);
    if (pitch === undefined) continue;
    const len = deg(rng.range(0.6, 2.4)) * (0.4 + Math.min(1.5, -pitch / 12));
    const y = pitchToY(pitch);
    ripples += `M${fmt(xOf(yaw) - len / 2)} ${fmt(y)}h${fmt(len)}`;
  }
  out += `<path d="${ripples}" stroke="${p.riverLight}" stroke-width="2.5" stroke-linecap="round" opacity="0.6"/>`;

  // Near embankment (the quay we stand on) between the near bank and the viewer.
  out += `<path d="${pathOf([...near, ...quay.slice().reverse()])}" fill="${mix(p.road, p.groundTop, 0.6)}"/>`;
  out += `<path d="${pathOf(near, false)}" fill="none" stroke="${darken(p.road, 0.35)}" stroke-width="5"/>`;
  const xs = far.map((pt) => pt[0]);
  return wrapCopies(out, Math.min(...xs), Math.max(...xs));
}
