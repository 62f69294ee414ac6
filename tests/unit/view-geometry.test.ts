/** The geometry behind "way on in sight" (issue 16): what a view shows, and the demo's opening views. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkOpeningView } from '../../src/validate/check-opening-view.ts';
import { NARROWEST_ASPECT, nearestYawShowing, pointInView, projectToScreen, yawDelta } from '../../src/schemas/view-geometry.ts';

describe('view geometry', () => {
  it('puts a point to the right of the view on the right of the screen, and behind the view nowhere', () => {
    const view = { yaw: 10, pitch: 0, vFov: 60 };
    expect(projectToScreen(view, 16 / 9, { yaw: 0, pitch: 0 })).toEqual(expect.objectContaining({ x: expect.any(Number) }));
    expect(projectToScreen(view, 16 / 9, { yaw: 30, pitch: 0 })!.x).toBeGreaterThan(0);
    expect(projectToScreen(view, 16 / 9, { yaw: 10, pitch: 20 })!.y).toBeGreaterThan(0);
    expect(projectToScreen(view, 16 / 9, { yaw: 190, pitch: 0 })).toBeUndefined();
    expect(yawDelta(350, 10)).toBe(20);
    expect(yawDelta(10, 350)).toBe(-20);
  });

  it('sees less on an upright phone than on a desktop', () => {
    const view = { yaw: 0, pitch: 0, vFov: 60 };
    const point = { yaw: 35, pitch: -10 };
    expect(pointInView(view, 16 / 9, point)).toBe(true);
    expect(pointInView(view, NARROWEST_ASPECT, point)).toBe(false);
    const yaw = nearestYawShowing(view, NARROWEST_ASPECT, point)!;
    expect(pointInView({ ...view, yaw }, NARROWEST_ASPECT, point)).toBe(true);
    expect(pointInView({ ...view, yaw: yaw - 1 }, NARROWEST_ASPECT, point)).toBe(false);
  });
});

describe('the demo content', () => {
  const tours = join('content', 'tours');
  const scenes = readdirSync(tours).flatMap((tour) =>
    readdirSync(join(tours, tour))
      .filter((f) => f.endsWith('.mdx') && f !== 'index.mdx' && !/\.[a-z]{2}\.mdx$/.test(f))
      .map((f) => join(tours, tour, f)),
  );

  it.each(scenes)('%s opens with a way on in sight, even on a phone', (file) => {
    const data = parse(readFileSync(file, 'utf8').split(/^---$/m)[1]!);
    const scene = { view: { yaw: 0, pitch: 0, zoom: 50, ...data.view }, links: (data.links ?? []).map((l: { to: string; yaw: number; pitch?: number }) => ({ pitch: -10, ...l })) };
    expect(checkOpeningView(scene, file)).toEqual([]);
  });
});
