// A small 3D helper for buildings and the bridge: positions are given in
// metres on a vertical plane facing the viewer (s = metres to the right,
// z = metres above the ground, dd = metres deeper than the plane) and are
// projected to equirectangular pixels. Long edges are subdivided, because a
// straight roof line off-centre is a curve in an equirectangular image.

import { deg, fmt, groundAt, pitchToY, type Point, projectGround, wrapCopies, wrapYaw, yawToX } from './geometry.ts';

export type Vec = readonly [number, number, number?];

export interface Facade {
  pt(s: number, z: number, dd?: number): Point;
  /** closed (or open) path through facade points, with edges subdivided every `maxEdge` metres */
  path(points: readonly Vec[], close?: boolean, maxEdge?: number): string;
  /** pixels per metre at lateral position s (for strokes and small details) */
  scale(s: number, dd?: number): number;
  /** emits the fragment, plus copies across the seam if it needs them */
  wrap(fragment: string): string;
}

export function makeFacade(yaw: number, distance: number, eyeHeight: number): Facade {
  const cx = yawToX(yaw);
  let minX = Infinity;
  let maxX = -Infinity;
  const pt = (s: number, z: number, dd = 0): Point => {
    const [f, r] = groundAt(yaw, distance + dd, s);
    const p = projectGround(f, r, z - eyeHeight);
    const x = cx + deg(wrapYaw(p.yaw - yaw));
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    return [x, pitchToY(p.pitch)];
  };
  return {
    pt,
    path(points, close = true, maxEdge = 1.5) {
      let d = '';
      const n = points.length;
      const edges = close ? n : n - 1;
      const [s0, z0, d0] = points[0];
      const first = pt(s0, z0, d0 ?? 0);
      d += `M${fmt(first[0])} ${fmt(first[1])}`;
      for (let i = 0; i < edges; i++) {
        const [sa, za, da = 0] = points[i];
        const [sb, zb, db = 0] = points[(i + 1) % n];
        const len = Math.hypot(sb - sa, zb - za, db - da);
        const steps = Math.max(1, Math.min(24, Math.ceil(len / maxEdge)));
        for (let k = 1; k <= steps; k++) {
          const t = k / steps;
          const q = pt(sa + (sb - sa) * t, za + (zb - za) * t, da + (db - da) * t);
          d += `L${fmt(q[0])} ${fmt(q[1])}`;
        }
      }
      return close ? `${d}Z` : d;
    },
    scale(s, dd = 0) {
      const a = pt(s, 0, dd);
      const b = pt(s, 1, dd);
      return Math.abs(b[1] - a[1]);
    },
    wrap(fragment) {
      return wrapCopies(fragment, minX, maxX);
    },
  };
}
