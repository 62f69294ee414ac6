/**
 * Area hotspots (issue 17): the point-in-outline test VR uses for the controller's ray, the centre
 * the viewer turns to, and the self-crossing check behind the content warning.
 */
import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { direction } from '../../src/components/viewer/plugins/webxr/immersive/angles.ts';
import { areaCardPosition, areaHotspotAt, areaHotspotOnRay } from '../../src/components/viewer/plugins/webxr/immersive/area-pick.ts';
import { areaCentre, areaContains, selfCrossing, unwrapArea, type AreaPoint } from '../../src/schemas/area-geometry.ts';
import { InfoHotspot, hotspotCentre } from '../../src/schemas/hotspot.ts';
import { DEG } from '../../src/util/angles.ts';

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

describe('the VR ray pick (webxr/immersive/area-pick.ts)', () => {
  const hotspots = [
    { id: 'diem', yaw: 0, pitch: 0 },
    { id: 'nha', area: [[-16, -4], [-16, 1.5], [16, 1.5], [16, -4]] as [number, number][] },
    { id: 'cot', area: [[-2, 12], [2, 12], [2, 24], [-2, 24]] as [number, number][] },
  ];

  it('finds the area a direction falls in, by PSV yaw/pitch in radians', () => {
    expect(areaHotspotAt(hotspots, 0, 0)).toBe('nha');
    expect(areaHotspotAt(hotspots, 359 * DEG, -2 * DEG)).toBe('nha'); // PSV's yaw runs [0, 2π)
    expect(areaHotspotAt(hotspots, 0, 20 * DEG)).toBe('cot');
    expect(areaHotspotAt(hotspots, 90 * DEG, 0)).toBeUndefined();
    expect(areaHotspotAt(hotspots, 180 * DEG, 0)).toBeUndefined();
  });

  it('reads a controller ray in the headset’s space through the panorama’s turn', () => {
    const up = new Vector3(0, 1, 0);
    for (const turn of [0, 1.3, Math.PI, -2.2]) {
      // The panorama direction of the tower's middle, as the turned world shows it to the headset.
      const ray = direction(0, 18 * DEG).applyAxisAngle(up, turn);
      expect(areaHotspotOnRay(hotspots, ray, turn)).toBe('cot');
      expect(areaHotspotOnRay(hotspots, direction(10 * DEG, -1 * DEG).applyAxisAngle(up, turn), turn)).toBe('nha');
      expect(areaHotspotOnRay(hotspots, direction(30 * DEG, 0).applyAxisAngle(up, turn), turn)).toBeUndefined();
      // Without undoing the turn, the same ray would miss (the test would catch a forgotten turn).
      if (Math.abs(turn) > 0.5) expect(areaHotspotOnRay(hotspots, ray, 0)).not.toBe('cot');
    }
  });

  it('stands an area’s info card under its outline, at its centre’s yaw', () => {
    const area = hotspots[2]!.area!;
    expect(areaCardPosition(area, areaCentre(area))).toEqual({ yaw: 0, pitch: 4 });
    expect(areaCardPosition([[0, -85], [10, -85], [5, -80]], { yaw: 5, pitch: -83 }).pitch).toBe(-80);
  });
});
