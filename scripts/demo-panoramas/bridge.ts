// Cầu Yên Biên: a concrete arch bridge crossing the river a little way
// downstream. Built in 3D on the river's own geometry and projected, so the
// deck bends the way a real bridge does in an equirectangular photo.

import { type DrawContext } from './context.ts';
import { deg, fmt, fmt2, groundAt, pitchToY, type Point, projectGround, wrapCopies, wrapYaw, yawToX } from './geometry.ts';
import { darken, mix } from './palettes.ts';
import type { Landmark } from './recipes.ts';
import type { RiverGeometry } from './river.ts';

const DECK_BOTTOM = 7;
const DECK_TOP = 8.4;
const RAIL = 9.5;

export function bridge(ctx: DrawContext, lm: Landmark, river: RiverGeometry | undefined): string {
  const p = ctx.palette;
  const g = river ?? { mid: lm.yaw - 70, half: 90, eyeHeight: 5, nearBank: 10, farBank: 70, meander: () => 1 };
  // Along-river position chosen so that the bridge's middle sits at lm.yaw.
  const dMid = (g.nearBank + g.farBank) / 2;
  const a = (wrapYaw(lm.yaw - g.mid) * Math.PI) / 180;
  const along = dMid * Math.tan(Math.max(-1.4, Math.min(1.4, a)));
  const d0 = g.nearBank - 8;
  const d1 = g.farBank + 8;
  const cx = yawToX(lm.yaw);
  // z is metres above the water; the eye is eyeHeight above it.
  const P = (d: number, z: number): Point => {
    const [f, r] = groundAt(g.mid, d, along);
    const q = projectGround(f, r, z - g.eyeHeight);
    return [cx + deg(wrapYaw(q.yaw - lm.yaw)), pitchToY(q.pitch)];
  };
  const line = (pts: Point[]) => pts.map((q, i) => `${i ? 'L' : 'M'}${fmt(q[0])} ${fmt(q[1])}`).join('');
  const along3 = (z: number, from = d0, to = d1) => {
    const pts: Point[] = [];
    for (let k = 0; k <= 40; k++) pts.push(P(from + ((to - from) * k) / 40, z));
    return pts;
  };
  const pxPerM = (d: number) => Math.abs(P(d, 1)[1] - P(d, 0)[1]);
  const concrete = mix('#ebe6dc', p.haze, 0.1);
  const under = darken(concrete, 0.35);
  const piers = [0.25, 0.5, 0.75].map((t) => g.nearBank + (g.farBank - g.nearBank) * t);
  const supports = [d0 + 4, ...piers, d1 - 4];
  let out = '';

  // Reflection: a soft dark band on the water under the deck.
  out += `<path d="${line([...along3(0, g.nearBank, g.farBank), ...along3(-2.5, g.nearBank, g.farBank).reverse()])}Z" fill="${darken(p.river, 0.3)}" opacity="0.35"/>`;
  // Piers.
  for (const d of piers) {
    const w = 1.8 * pxPerM(d);
    out += `<path d="${line([P(d, -0.5), P(d, DECK_BOTTOM)])}" stroke="${darken(concrete, 0.2)}" stroke-width="${fmt2(w)}"/>`;
  }
  // Arches between supports, under the deck.
  let arches = '';
  for (let i = 0; i < supports.length - 1; i++) {
    const pts: Point[] = [];
    for (let k = 0; k <= 20; k++) {
      const t = k / 20;
      pts.push(P(supports[i] + (supports[i + 1] - supports[i]) * t, 1.2 + (DECK_BOTTOM - 1.2) * Math.sin(Math.PI * t) ** 0.6));
    }
    arches += line(pts);
  }
  out += `<path d="${arches}" fill="none" stroke="${under}" stroke-width="${fmt2(1.1 * pxPerM(dMid))}"/>`;
  // Spandrel posts from arch to deck.
  let posts = '';
  for (let i = 0; i < supports.length - 1; i++) {
    for (let k = 1; k < 6; k++) {
      const t = k / 6;
      const d = supports[i] + (supports[i + 1] - supports[i]) * t;
      posts += line([P(d, 1.2 + (DECK_BOTTOM - 1.2) * Math.sin(Math.PI * t) ** 0.6), P(d, DECK_BOTTOM)]);
    }
  }
  out += `<path d="${posts}" stroke="${under}" stroke-width="${fmt2(0.4 * pxPerM(dMid))}"/>`;
  // Abutments: the deck lands on solid banks at both ends, not in mid-air.
  for (const [a, b] of [[d0, g.nearBank + 1], [g.farBank - 1, d1]]) {
    out += `<path d="${line([...along3(-0.5, a, b), ...along3(DECK_BOTTOM, a, b).reverse()])}Z" fill="${darken(concrete, 0.12)}"/>`;
  }
  // Deck: underside, face, railing.
  out += `<path d="${line([...along3(DECK_TOP), ...along3(DECK_BOTTOM).reverse()])}Z" fill="${concrete}"/>`;
  out += `<path d="${line([...along3(DECK_BOTTOM + 0.35), ...along3(DECK_BOTTOM).reverse()])}Z" fill="${under}"/>`;
  out += `<path d="${line(along3(RAIL))}" fill="none" stroke="${darken(concrete, 0.15)}" stroke-width="${fmt2(Math.max(1.5, 0.2 * pxPerM(dMid)))}"/>`;
  let rail = '';
  for (let d = d0; d <= d1; d += 2.5) rail += line([P(d, DECK_TOP), P(d, RAIL)]);
  out += `<path d="${rail}" stroke="${darken(concrete, 0.15)}" stroke-width="1.5"/>`;
  // Street lamps with red-and-yellow flag pennants, as on Hà Giang's bridges.
  let lamps = '';
  let flags = '';
  for (let d = d0 + 6; d <= d1 - 4; d += 14) {
    const top = P(d, RAIL + 4.5);
    lamps += line([P(d, DECK_TOP), top]);
    const s = pxPerM(d);
    flags += `M${fmt(top[0])} ${fmt(top[1] + s * 0.6)}h${fmt(s * 1.6)}v${fmt(s * 1.1)}h${fmt(-s * 1.6)}Z`;
  }
  out += `<path d="${lamps}" stroke="${darken(concrete, 0.3)}" stroke-width="2"/>`;
  out += `<path d="${flags}" fill="#d8302a"/>`;
  const xs = [P(d0, 0)[0], P(d1, 0)[0]];
  return wrapCopies(out, Math.min(...xs) - 30, Math.max(...xs) + 30);
}
