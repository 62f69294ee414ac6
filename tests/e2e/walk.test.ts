/**
 * Walking through an arrow (issue 17, items 1 and 2), in Chromium on a fixture site whose two
 * photos say (GPano PoseHeadingDegrees) which way their centres face:
 * - the view turns towards the arrow and zooms in along it before the scene changes, then a still of
 *   that frame fades over the next scene (reduced motion: no turn, no zoom, a short fade);
 * - the next scene opens facing the direction of travel: bearing = this heading + arrow yaw, yaw
 *   there = bearing − next heading; a link's `arrive:` wins; a jump (gallery, map) keeps the view.
 * Every wait polls the page; the recorder samples the view on each animation frame.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gpanoXmp, quadrants } from '../unit/panorama/fixtures.ts';
import { serveFixtureSite, type ServedFixture } from './support/astro-build.ts';
import { useBrowser } from './support/browser.ts';
import { openSharpScene, viewOf, yawDistance } from './support/scene-page.ts';

/** Compass headings of the two photos' centres, and the arrow from cot-co to pho-co (yaw 90 in the fixture). */
const HEADING = { 'cot-co': 30, 'pho-co': 200 };
const ARROW_YAW = 90;
/** Bearing of travel 30 + 90 = 120; seen from pho-co's photo, 120 − 200 = −80, i.e. 280. */
const TRAVEL_YAW = (((HEADING['cot-co'] + ARROW_YAW - HEADING['pho-co']) % 360) + 360) % 360;
/** The editor's override on pho-co's arrow back to cot-co. */
const ARRIVE = { yaw: 45, pitch: 10 };

let fixture: ServedFixture;
let baseUrl: string;
const browser = useBrowser();

beforeAll(async () => {
  fixture = await serveFixtureSite('valid-site', async (site) => {
    const tour = join(site.toursDir, 'dong-van');
    const photo = await quadrants(2048, 1024);
    for (const [id, heading] of Object.entries(HEADING)) await writeFile(join(tour, `${id}.jpg`), await sharp(photo).jpeg({ quality: 90 }).withXmp(gpanoXmp(heading)).toBuffer());
    const back = join(tour, 'pho-co.mdx');
    await writeFile(back, (await readFile(back, 'utf8')).replace('- { to: cot-co, yaw: -90 }', `- { to: cot-co, yaw: -90, arrive: { yaw: ${ARRIVE.yaw}, pitch: ${ARRIVE.pitch} } }`));
  });
  baseUrl = fixture.baseUrl;
}, 240_000);

afterAll(() => fixture?.close());

interface Sample {
  scene: string | undefined;
  yaw: number;
  pitch: number;
  zoom: number;
  walk: string | undefined;
  /** The still over the canvas: its fade time and whether it holds a picture (not a blank canvas). */
  still?: { fadeMs: string | undefined; painted: boolean };
}

/** Records the view on every animation frame from now on (read back with `samples`). */
function record(page: Page): Promise<void> {
  return page.evaluate(() => {
    const host = document.querySelector('hg-viewer') as HTMLElement & { sceneId?: string; view?: { yaw: number; pitch: number; zoom: number } };
    const samples: unknown[] = ((window as unknown as { walkSamples: unknown[] }).walkSamples = []);
    // The fade's length as the still is told it, however few frames the fade lasts.
    const fades: string[] = ((window as unknown as { walkFades: string[] }).walkFades = []);
    new MutationObserver((changes) => changes.forEach((c) => fades.push((c.target as HTMLElement).dataset.fadeMs ?? ''))).observe(host, { subtree: true, attributeFilter: ['data-fade-ms'] });
    const tick = () => {
      const still = host.querySelector<HTMLCanvasElement>('.hg-walk-still');
      let painted = false;
      if (still) {
        // A patch at the centre: opaque and not black when the frame was copied.
        const { data } = still.getContext('2d')!.getImageData(still.width / 2 - 8, still.height / 2 - 8, 16, 16);
        for (let i = 3; i < data.length && !painted; i += 4) painted = data[i] === 255 && data[i - 1]! + data[i - 2]! + data[i - 3]! > 0;
      }
      samples.push({
        scene: host.sceneId,
        ...host.view!,
        walk: host.querySelector<HTMLElement>('.psv-container')?.dataset.walk,
        ...(still ? { still: { fadeMs: still.dataset.fadeMs, painted } } : {}),
      });
      requestAnimationFrame(tick);
    };
    tick();
  });
}

const samples = (page: Page) => page.evaluate(() => (window as unknown as { walkSamples: Sample[] }).walkSamples);
const fades = (page: Page) => page.evaluate(() => (window as unknown as { walkFades: string[] }).walkFades);

/** Clicks the arrow to `target` and waits until that scene is on screen and the walk has ended. */
async function walkTo(page: Page, target: string): Promise<Sample[]> {
  await record(page);
  await page.locator(`.hg-link-arrow[data-target="${target}"]`).click();
  await page.waitForFunction((id) => {
    const host = document.querySelector('hg-viewer') as HTMLElement & { sceneId?: string };
    return host.sceneId === id && !host.querySelector<HTMLElement>('.psv-container')?.dataset.walk && !host.querySelector('.hg-walk-still');
  }, target, { timeout: 30_000 }).catch(async (error: Error) => {
    const last = (await samples(page)).at(-1);
    throw new Error(`${error.message}; last frame: ${JSON.stringify(last)}`);
  });
  return samples(page);
}

describe('walking through an arrow', () => {
  it('turns towards the arrow and zooms in along it before the scene changes, then fades into the way of travel', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/dong-van/cot-co/', 'cot-co', { reducedMotion: 'no-preference' });
    const start = await viewOf(page);
    const seen = await walkTo(page, 'pho-co');
    const before = seen.filter((s) => s.scene === 'cot-co');
    // Before the swap the view zoomed in (by up to 30 levels) and faced the arrow.
    const closest = before.reduce((a, b) => (b.zoom > a.zoom ? b : a));
    expect(closest.zoom).toBeGreaterThan(start.zoom + 20);
    expect(yawDistance(closest.yaw, ARROW_YAW)).toBeLessThan(3);
    expect(before.some((s) => s.walk === 'turn')).toBe(true);
    // A still of that frame (a picture, not a blank canvas) lay over the next scene while it faded.
    expect(seen.some((s) => s.still?.painted)).toBe(true);
    expect(await fades(page)).toEqual(['450']);
    // The next scene faces the direction of travel, at its own opening zoom.
    const end = await viewOf(page);
    expect(yawDistance(end.yaw, TRAVEL_YAW)).toBeLessThan(1);
    expect(end.zoom).toBeCloseTo(50, 0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Its arrow sits at yaw −90, pitch −10, on a seam of the tiles' mesh: a click on its centre hits no
  // sphere, and PSV alone would not follow it (WalkPlugin's own click listener does).
  it('an arrow’s `arrive:` wins over the direction of travel', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/dong-van/pho-co/', 'pho-co');
    await walkTo(page, 'cot-co');
    const end = await viewOf(page);
    expect(yawDistance(end.yaw, ARRIVE.yaw)).toBeLessThan(1);
    expect(end.pitch).toBeCloseTo(ARRIVE.pitch, 0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('under reduced motion: no turn, no zoom, a short fade, still facing the way of travel', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/dong-van/cot-co/', 'cot-co', { reducedMotion: 'reduce' });
    const start = await viewOf(page);
    const seen = await walkTo(page, 'pho-co');
    for (const s of seen.filter((x) => x.scene === 'cot-co')) {
      expect(s.zoom).toBeCloseTo(start.zoom, 3);
      expect(yawDistance(s.yaw, start.yaw)).toBeLessThan(0.01);
    }
    expect(await fades(page)).toEqual(['200']);
    expect(yawDistance((await viewOf(page)).yaw, TRAVEL_YAW)).toBeLessThan(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a jump (gallery, map, the element’s goTo) opens the scene with its own view', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/dong-van/cot-co/', 'cot-co');
    await page.evaluate(() => (document.querySelector('hg-viewer') as HTMLElement & { goTo(id: string): Promise<void> }).goTo('pho-co'));
    // pho-co's `view: { yaw: -90 }` in the fixture.
    await expect.poll(async () => yawDistance((await viewOf(page)).yaw, 270)).toBeLessThan(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
