import { describe, expect, it } from 'vitest';
import { chooseSides, GAP, type Box, type Side } from '../../src/components/map/label-placement.ts';

const box = (left: number, top: number, width = 100, height = 40): Box => ({ left, top, right: left + width, bottom: top + height });
/** A name of 100×40 around a marker at (x, y), 14 px off, as Leaflet lays it out. */
const around = (x: number, y: number): Partial<Record<Side, Box>> => ({
  right: box(x + 14, y - 20),
  left: box(x - 114, y - 20),
  top: box(x - 50, y - 54),
  bottom: box(x - 50, y + 14),
});
const apart = (a: Box, b: Box) => Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom) >= GAP;

describe('tour names on /map/ (issue 16)', () => {
  it('keeps each name on its first side when nothing is in the way', () => {
    expect(chooseSides({ sides: [around(100, 100), around(100, 300)], bounds: box(0, 0, 400, 400), markers: [] })).toEqual(['right', 'right']);
  });

  it('moves a name whose first side would touch another name, and keeps both inside the map', () => {
    const sides = [around(150, 200), around(60, 230)];
    const chosen = chooseSides({ sides, bounds: box(0, 0, 360, 600), markers: [] });
    const [a, b] = chosen.map((side, i) => sides[i]![side]!);
    expect(apart(a!, b!), JSON.stringify(chosen)).toBe(true);
    for (const name of [a!, b!]) expect(name.left >= 0 && name.right <= 360).toBe(true);
  });

  it('prefers not to cover a marker', () => {
    expect(chooseSides({ sides: [around(200, 200)], bounds: box(0, 0, 400, 400), markers: [box(240, 195, 10, 10)] })).toEqual(['left']);
  });
});
