/** Which way a scene opens when reached through an arrow (issue 17, item 2: plugins/walk/arrival.ts). */
import { describe, expect, it } from 'vitest';
import { arrivalView } from '../../src/components/viewer/plugins/walk/arrival.ts';

const view = { yaw: 30, pitch: 5, zoom: 60 };

describe('arrival direction', () => {
  it('faces the direction of travel when both photos know their heading', () => {
    // The arrow points east-north-east (heading 10 + yaw 60 = bearing 70); the next photo's centre
    // faces 100, so bearing 70 is 30° left of it.
    expect(arrivalView({ heading: 10 }, { yaw: 60, pitch: -10 }, { heading: 100, view })).toEqual({ yaw: -30, pitch: 5, zoom: 60, from: 'travel' });
    // Wrapped into the editors' (-180, 180].
    expect(arrivalView({ heading: 350 }, { yaw: 170, pitch: -10 }, { heading: 0, view }).yaw).toBe(160);
    expect(arrivalView({ heading: 0 }, { yaw: 180, pitch: -10 }, { heading: 0, view }).yaw).toBe(180);
    expect(arrivalView({ heading: 90 }, { yaw: -90, pitch: -10 }, { heading: 0, view }).yaw).toBe(0);
  });

  it('keeps the next scene’s own view when a heading is unknown', () => {
    expect(arrivalView({}, { yaw: 60, pitch: -10 }, { heading: 100, view })).toEqual({ ...view, from: 'view' });
    expect(arrivalView({ heading: 10 }, { yaw: 60, pitch: -10 }, { view: { ...view, yaw: 300 } })).toEqual({ ...view, yaw: -60, from: 'view' });
  });

  it('lets the editor’s `arrive` win, with the next scene’s pitch when it gives none', () => {
    expect(arrivalView({ heading: 10 }, { yaw: 60, pitch: -10, arrive: { yaw: 200 } }, { heading: 100, view })).toEqual({ yaw: -160, pitch: 5, zoom: 60, from: 'arrive' });
    expect(arrivalView({}, { yaw: 60, pitch: -10, arrive: { yaw: 15, pitch: -20 } }, { view })).toEqual({ yaw: 15, pitch: -20, zoom: 60, from: 'arrive' });
  });
});
