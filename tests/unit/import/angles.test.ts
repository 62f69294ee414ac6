import { describe, expect, it } from 'vitest';
import { fromKrpano, fromMarzipano, fromPannellum, krpanoVerticalFov, normalizeYaw, verticalFromHorizontal, zoomForVerticalFov } from '../../../src/import/angles.ts';
import { zoomToVerticalFov } from '../../../src/schemas/view.ts';

const RAD = Math.PI / 180;

describe('angles from other viewers', () => {
  it('krpano: ath grows to the right from the photo centre like ours; atv grows downwards', () => {
    expect(fromKrpano(0, 0)).toEqual({ yaw: 0, pitch: 0 });
    expect(fromKrpano(90, -30)).toEqual({ yaw: 90, pitch: 30 });
    expect(fromKrpano(-45.26, 12.34)).toEqual({ yaw: -45.3, pitch: -12.3 });
    expect(fromKrpano(270, 95)).toEqual({ yaw: -90, pitch: -90 });
  });

  it('Pannellum: degrees, same signs and zero as ours', () => {
    expect(fromPannellum(120, -10)).toEqual({ yaw: 120, pitch: -10 });
    expect(fromPannellum(-190, 0)).toEqual({ yaw: 170, pitch: 0 });
  });

  it('Marzipano: radians, yaw to the right, positive pitch looks down', () => {
    expect(fromMarzipano(Math.PI / 2, 0.5236)).toEqual({ yaw: 90, pitch: -30 });
    expect(fromMarzipano(-3 * Math.PI / 4, -20 * RAD)).toEqual({ yaw: -135, pitch: 20 });
    expect(fromMarzipano(Math.PI, 0)).toEqual({ yaw: 180, pitch: 0 });
  });

  it('yaw is written as −180 < yaw ≤ 180', () => {
    expect([0, 180, -180, 360, 540, -181, 359.5].map(normalizeYaw)).toEqual([0, 180, 180, 0, 180, 179, -0.5]);
  });

  it('a horizontal field of view becomes vertical for a 16:9 screen (Pannellum hfov, krpano HFOV)', () => {
    // 60° high on 16:9 is 91.49° wide (the bench pages use the same relation).
    expect(verticalFromHorizontal(91.4928)).toBeCloseTo(60, 2);
    expect(verticalFromHorizontal(100)).toBeCloseTo(67.67, 2); // Pannellum's default hfov
    expect(krpanoVerticalFov(75, 'VFOV')).toBe(75);
    expect(krpanoVerticalFov(91.4928, 'hfov')).toBeCloseTo(60, 2);
  });

  it('krpano MFOV (its default) is the width of a 4:3 box on a landscape screen', () => {
    // 90° across a 4:3 box: tan(45°) · 3/4 → 73.74° high.
    expect(krpanoVerticalFov(90)).toBeCloseTo(73.74, 2);
    expect(krpanoVerticalFov(120, 'MFOV')).toBeCloseTo(104.82, 2);
    // DFOV: across the diagonal of a 16:9 screen.
    expect(krpanoVerticalFov(2 * Math.atan(Math.hypot(16 / 9, 1) * Math.tan(30 * RAD)) / RAD, 'DFOV')).toBeCloseTo(60, 4);
  });

  it('zoom is the inverse of the viewer’s zoom → FOV map, clamped and flagged outside 30°–90°', () => {
    for (const zoom of [0, 25, 50, 100]) expect(zoomForVerticalFov(zoomToVerticalFov(zoom))).toEqual({ zoom, clamped: false });
    expect(zoomForVerticalFov(104.9)).toEqual({ zoom: 0, clamped: true });
    expect(zoomForVerticalFov(10)).toEqual({ zoom: 100, clamped: true });
  });
});
