/**
 * Photos told the truth (issue 14, items 4 and 5), in Chromium on a built fixture site:
 * - a scene whose photo says (GPano PoseHeadingDegrees = 90) that its centre faces east shows the
 *   compass's N turned by −90° and the mini map's north by the same, while the view stays where the
 *   editor put it (yaw 0 = the photo's centre: no sphere correction moves the editors' yaws);
 * - a photo stored upside down with EXIF orientation 3 is shown upright.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuildOrThrow as astroBuild } from './support/astro-build.ts';
import { fixtureSite, type FixtureSite } from '../fixtures/fixture-site.ts';
import { useBrowser } from './support/browser.ts';
import { loadRaw } from './support/compare-view.ts';
import { openSharpScene, viewOf, yawDistance } from './support/scene-page.ts';
import { serveStatic } from '../../scripts/support/static-server.ts';
import { BLUE, gpanoXmp, GREEN, quadrants, RED, stored, YELLOW } from '../unit/panorama/fixtures.ts';

const HEADING = 90;
const GPANO = gpanoXmp(HEADING);

let site: FixtureSite;
let server: Server;
let baseUrl: string;
const browser = useBrowser();

beforeAll(async () => {
  site = await fixtureSite('valid-site');
  const upright = await quadrants(2048, 1024);
  const tour = join(site.toursDir, 'dong-van');
  await writeFile(join(tour, 'cot-co.jpg'), await sharp(upright).jpeg({ quality: 90 }).withXmp(GPANO).toBuffer());
  await writeFile(join(tour, 'pho-co.jpg'), await stored(upright, 3));
  // The checks below read the photo's centre: both scenes open at yaw 0 (the fixture faces its arrows).
  for (const scene of ['cot-co.mdx', 'pho-co.mdx']) {
    const file = join(tour, scene);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^view: .*$/m, 'view: { yaw: 0, pitch: 0, zoom: 50 }'));
  }
  await mkdir(site.articlesDir, { recursive: true });
  const outDir = join(site.root, 'dist');
  await astroBuild({ HG360_CONTENT_DIR: site.toursDir, HG360_ARTICLES_DIR: site.articlesDir, HG360_OUT_DIR: outDir, HG360_CACHE_DIR: join(site.root, 'astro-cache') });
  ({ server, url: baseUrl } = await serveStatic(outDir));
}, 240_000);

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
  await site?.remove();
});

const near = (actual: number[], expected: number[]) => actual.every((v, k) => Math.abs(v - expected[k]!) < 60);

/** The viewer's colour at a fraction of its width and height (a screenshot of the live canvas). */
async function viewerColours(page: import('playwright-core').Page, points: [number, number][]): Promise<number[][]> {
  const shot = await loadRaw(await page.locator('hg-viewer').screenshot());
  return points.map(([fx, fy]) => {
    const i = (Math.floor(fy * shot.height) * shot.width + Math.floor(fx * shot.width)) * 3;
    return [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
  });
}

/** What the compass and the mini map were told about north. */
function northOf(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const dial = document.querySelector('.psv-compass svg[data-north]');
    const psv = (document.querySelector('hg-viewer') as HTMLElement & { psv?: { getPlugin(id: string): { config: { rotation: number } } | undefined } }).psv;
    return {
      north: dial?.getAttribute('data-north'),
      transform: dial?.querySelector('g')?.getAttribute('transform'),
      mapRotation: psv?.getPlugin('map')?.config.rotation,
    };
  });
}

/**
 * Brightest pixel along the compass ring's radius (42–50 of the dial's 100 units) at 77.4° and
 * 282.6° clockwise from up: points of the ring 10 units off the left–right axis, where PSV's dial has
 * its gap (±17.5 units around its N) only when turned.
 */
async function ringBrightness(page: import('playwright-core').Page): Promise<{ left: number; right: number }> {
  const box = (await page.locator('.psv-compass').boundingBox())!;
  const shot = await loadRaw(await page.screenshot({ clip: box }));
  const along = (angle: number) => {
    let best = 0;
    for (let r = 42; r <= 50; r += 0.5) {
      const x = Math.round(((50 + r * Math.sin((angle * Math.PI) / 180)) / 100) * shot.width);
      const y = Math.round(((50 - r * Math.cos((angle * Math.PI) / 180)) / 100) * shot.height);
      const i = (Math.min(shot.height - 1, y) * shot.width + Math.min(shot.width - 1, x)) * 3;
      best = Math.max(best, shot.data[i]! + shot.data[i + 1]! + shot.data[i + 2]!);
    }
    return best;
  };
  return { left: along(282.6), right: along(77.4) };
}

describe('photos told the truth', () => {
  it('turns the compass and the mini map by the photo’s GPano heading, keeping the editor’s yaw', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/dong-van/cot-co/', 'cot-co');
    // The compass and the map may arrive after the first frame: wait for them, then for north.
    await page.locator('.psv-compass').waitFor({ state: 'visible' });
    await expect.poll(async () => (await northOf(page)).north).toBe(String(HEADING));
    const north = await northOf(page);
    expect(north.transform).toBe(`rotate(${-HEADING} 50 50)`);
    expect(north.mapRotation).toBeCloseTo((HEADING * Math.PI) / 180, 5);
    // On screen: PSV's dial is a ring with a gap around its N. Turned by −90° the gap is on the
    // left: no ring 12.6° above due west, a ring at the mirror point (the cone of the view, up, is
    // clear of both). Without a heading both points are on the ring.
    const ring = await ringBrightness(page);
    expect(ring.right - ring.left).toBeGreaterThan(150);
    // The view is the editor's: yaw 0, the photo's centre (red sky left of it, yellow right).
    expect(yawDistance((await viewOf(page)).yaw, 0)).toBeLessThan(1);
    const [left, right] = await viewerColours(page, [
      [0.25, 0.25],
      [0.75, 0.25],
    ]);
    expect(near(left!, RED)).toBe(true);
    expect(near(right!, YELLOW)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('points north at the photo’s centre for a photo without a heading', async () => {
    const { page } = await openSharpScene(browser(), baseUrl, '/tours/dong-van/pho-co/', 'pho-co');
    await page.locator('.psv-compass').waitFor({ state: 'visible' });
    await expect.poll(async () => (await northOf(page)).north).toBe('0');
    const north = await northOf(page);
    expect(north.mapRotation).toBe(0);
    const ring = await ringBrightness(page);
    expect(Math.abs(ring.right - ring.left)).toBeLessThan(100);
    await page.context().close();
  });

  it('shows a photo stored upside down (EXIF orientation 3) upright', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/dong-van/pho-co/', 'pho-co');
    const [topLeft, topRight, bottomLeft, bottomRight] = await viewerColours(page, [
      [0.25, 0.2],
      [0.75, 0.2],
      [0.25, 0.8],
      [0.75, 0.8],
    ]);
    expect(near(topLeft!, RED)).toBe(true);
    expect(near(topRight!, YELLOW)).toBe(true);
    expect(near(bottomLeft!, BLUE)).toBe(true);
    expect(near(bottomRight!, GREEN)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
