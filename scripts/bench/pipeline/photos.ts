/** Which photos the benchmarks run on: the real ones in ../shared/panoramas when present, else the demo ones. */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PartialDescription } from '../../../src/panorama/coverage.ts';

export const SHARED_DIR = resolve('../shared/panoramas');

export interface BenchPhoto {
  path: string;
  name: string;
  /** Coverage of a partial panorama without GPano data, as an editor would write it. */
  partial?: PartialDescription;
}

/** Known partial photos in the shared folder (its ATTRIBUTION.md gives their coverage). */
const PARTIALS: Record<string, PartialDescription> = {
  'pannellum-org_charles-street_partial.jpg': { horizontalFov: 149.87, verticalFov: 54.15, centerPitch: 1.17 },
};

export function benchPhotos(): { photos: BenchPhoto[]; source: string } {
  if (existsSync(SHARED_DIR)) {
    const photos = readdirSync(SHARED_DIR)
      .filter((f) => /\.jpe?g$/i.test(f))
      .sort()
      .map((name) => ({ path: join(SHARED_DIR, name), name, ...(PARTIALS[name] ? { partial: PARTIALS[name] } : {}) }));
    return { photos, source: '../shared/panoramas (real CC BY-SA photos)' };
  }
  const photos = readdirSync('content/tours', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.illustration.jpg'))
    .sort()
    .map((f) => ({ path: resolve('content/tours', f), name: f }));
  return { photos, source: 'the generated demo panoramas' };
}
