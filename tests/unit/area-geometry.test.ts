/**
 * Area hotspots (issue 17): the point-in-outline test VR uses for the controller's ray, the centre
 * the viewer turns to, and the self-crossing check behind the content warning.
 */
import { describe, expect, it } from 'vitest';
import { areaCentre, areaContains, selfCrossing, unwrapArea, type AreaPoint } from '../../src/schemas/area-geometry.ts';
import { InfoHotspot, hotspotCentre } from '../../src/schemas/hotspot.ts';

const SQUARE: AreaPoint[] = [[-10, 10], [10, 10], [10, -10], [-10, -10]];

describe('areaContains (the VR ray pick)', () => {
  it('finds points inside a square and not outside it, in either winding', () => {
    expect(areaContains(SQUARE, 0, 0)).toBe(true);
    expect(areaContains(SQUARE, 9, -9)).toBe(true);
    expect(areaContains(SQUARE, 11, 0)).toBe(false);
    expect(areaContains(SQUARE, 0, 12)).toBe(false);
    expect(areaContains(SQUARE, 180, 0)).toBe(false); // behind: the antipode is outside
    expect(areaContains([...SQUARE].reverse(), 0, 0)).toBe(true);
  });

  it('handles an outline across the back of the photo (yaw ±180) and yaws written past 180', () => {
    const back: AreaPoint[] = [[170, 10], [-170, 10], [-170, -10], [170, -10]];
    expect(areaContains(back, 180, 0)).toBe(true);
    expect(areaContains(back, -175, 5)).toBe(true);
    expect(areaContains(back, 175, 5)).toBe(true);
    expect(areaContains(back, 0, 0)).toBe(false);
    expect(areaContains(back, 160, 0)).toBe(false);
    // The same outline written with yaws up to 360 (what point hotspots accept too).
    expect(areaContains([[170, 10], [190, 10], [190, -10], [170, -10]], -179, 0)).toBe(true);
  });

  it('follows concave outlines (an L) and works near the zenith', () => {
    const ell: AreaPoint[] = [[0, 0], [20, 0], [20, 5], [5, 5], [5, 20], [0, 20]];
    expect(areaContains(ell, 2, 15)).toBe(true);
    expect(areaContains(ell, 15, 2)).toBe(true);
    expect(areaContains(ell, 15, 15)).toBe(false); // in the notch
    const cap: AreaPoint[] = [[0, 80], [90, 80], [180, 80], [-90, 80]];
    expect(areaContains(cap, 45, 89)).toBe(true);
    expect(areaContains(cap, 45, 70)).toBe(false);
  });

  it('has nothing inside fewer than three corners', () => {
    expect(areaContains([[0, 0], [10, 0]], 5, 0)).toBe(false);
  });
});

describe('areaCentre', () => {
  it('is the middle of a symmetric outline, also across yaw ±180', () => {
    expect(areaCentre(SQUARE)).toEqual({ yaw: 0, pitch: 0 });
    expect(areaCentre([[170, 10], [-170, 10], [-170, -10], [170, -10]])).toEqual({ yaw: 180, pitch: 0 });
    expect(areaCentre([[20, 0], [40, 0], [40, 20], [20, 20]]).yaw).toBeCloseTo(30, 0);
  });

  it('is what a hotspot with an area is placed at; a point hotspot keeps its point', () => {
    expect(hotspotCentre({ area: SQUARE as [number, number][] })).toEqual({ yaw: 0, pitch: 0 });
    expect(hotspotCentre({ yaw: 12, pitch: -3 })).toEqual({ yaw: 12, pitch: -3 });
    expect(hotspotCentre({ yaw: 12 })).toEqual({ yaw: 12, pitch: 0 });
  });
});

describe('selfCrossing', () => {
  it('finds the crossing edges of a bow tie and none in a simple outline', () => {
    expect(selfCrossing([[-30, 10], [-10, -10], [-10, 10], [-30, -10]])).toEqual([0, 2]);
    expect(selfCrossing(SQUARE)).toBeUndefined();
    expect(selfCrossing([[0, 0], [20, 0], [20, 5], [5, 5], [5, 20], [0, 20]])).toBeUndefined();
    // A triangle cannot cross itself.
    expect(selfCrossing([[0, 0], [10, 0], [5, 10]])).toBeUndefined();
  });

  it('reads an outline across yaw ±180 the short way round', () => {
    expect(unwrapArea([[170, 10], [-170, 10]])).toEqual([[170, 10], [190, 10]]);
    expect(selfCrossing([[170, 10], [-170, 10], [-170, -10], [170, -10]])).toBeUndefined();
  });
});

describe('the hotspot schema', () => {
  const words = { id: 'nha', title: 'Nhà chính', text: 'Vài câu.' };
  it('takes a point or an area, not both and not neither', () => {
    expect(InfoHotspot.safeParse({ ...words, yaw: 10 }).success).toBe(true);
    expect(InfoHotspot.safeParse({ ...words, area: SQUARE }).success).toBe(true);
    expect(InfoHotspot.safeParse({ ...words, yaw: 10, area: SQUARE }).success).toBe(false);
    expect(InfoHotspot.safeParse({ ...words, pitch: 10, area: SQUARE }).success).toBe(false);
    expect(InfoHotspot.safeParse(words).success).toBe(false);
  });

  it('wants at least three corners, each [yaw, pitch] in range', () => {
    const issues = (area: unknown) => InfoHotspot.safeParse({ ...words, area }).error?.issues.map((i) => i.path.join('.'));
    expect(issues([[0, 0], [10, 0]])).toEqual(['area']);
    expect(issues([[0, 0], [361, 0], [10, -91]])).toEqual(['area.1', 'area.2']);
    expect(issues([[0, 0], [-181, 0], [10]])).toEqual(['area.1', 'area.2']);
    expect(issues([[-180, -90], [360, 90], [0, 0]])).toBeUndefined();
  });
});
