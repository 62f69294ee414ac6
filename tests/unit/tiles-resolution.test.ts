/**
 * How finely the viewer cuts its sphere (src/components/viewer/tiles-adapter.ts): every face is a
 * WebGL draw call, so as few as PSV accepts for every panorama of the tour, and fine enough that the
 * flat faces do not bend the picture.
 */
import { describe, expect, it } from 'vitest';
import type { ViewerTour } from '../../src/data/viewer-config.ts';
import { tilesResolution } from '../../src/components/viewer/tiles-adapter.ts';
import { planTileLevels, type TileLevel } from '../../src/panorama/tiles.ts';
import { PIPELINE_SETTINGS } from '../../src/panorama/settings.ts';

const panorama = (levels: TileLevel[]) => ({ baseUrl: '/b.webp', tileUrl: '/t/{col}_{row}.webp', levels });
const tourOf = (...scenes: { levels: TileLevel[]; variants?: TileLevel[][] }[]) =>
  ({
    scenes: scenes.map((s, i) => ({ id: `s${i}`, panorama: panorama(s.levels), variants: (s.variants ?? []).map((v, j) => ({ id: `v${j}`, label: '', panorama: panorama(v) })) })),
  }) as unknown as ViewerTour;

describe('tilesResolution', () => {
  it('is 32 for the widest photo the pipeline accepts: no level has more than 32 columns of tiles', () => {
    const levels = planTileLevels(PIPELINE_SETTINGS.maxLevelWidth);
    expect(Math.max(...levels.map((l) => l.cols))).toBe(32);
    expect(tilesResolution(tourOf({ levels }))).toBe(32);
  });

  it('stays at 32 for small photos, so the faces stay small (11.25°)', () => {
    expect(tilesResolution(tourOf({ levels: planTileLevels(2048) }))).toBe(32);
    expect(tilesResolution(tourOf({ levels: [] }))).toBe(32);
  });

  it('grows to the next power of two when any scene or variant has more columns (PSV needs a face per column)', () => {
    const wide = [{ width: 32768, cols: 64, rows: 32 }];
    expect(tilesResolution(tourOf({ levels: planTileLevels(4096) }, { levels: wide }))).toBe(64);
    expect(tilesResolution(tourOf({ levels: planTileLevels(4096), variants: [[{ width: 20000, cols: 40, rows: 20 }]] }))).toBe(64);
  });
});
