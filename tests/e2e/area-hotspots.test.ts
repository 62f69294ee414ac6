/**
 * Area hotspots (issue 17, item 4): the outline of the Vương mansion's main house opens its panel
 * when clicked inside (canvas coordinates from the viewer itself), lights up under the mouse and on
 * keyboard focus, is reached by Tab as a named button and opened with Enter; all under the site's
 * real Content-Security-Policy (the test server sends `_headers`), in light and dark.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hotspotCentre } from '../../src/schemas/hotspot.ts';
import { DEG } from '../../src/util/angles.ts';
import { useBrowser } from './support/browser.ts';
import { readScene } from './support/content.ts';
import { openSharpScene } from './support/scene-page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const AREA = '.hg-area[data-hotspot="dinh-thu"]';

/** Turns the view to a hotspot at once and waits for its outline to be drawn and named. */
async function faceArea(page: Page, hotspotId: string): Promise<void> {
  await page.evaluate((id) => {
    const markers = document.querySelector('hg-viewer')!.psv!.getPlugin('markers') as unknown as { gotoMarker: (id: string, speed: number) => Promise<void> };
    return markers.gotoMarker(`hotspot-${id}`, 0);
  }, hotspotId);
  await page.locator(`.hg-area[data-hotspot="${hotspotId}"]`).waitFor({ state: 'visible' });
}

/** Where a direction (degrees) is on the page, as the viewer projects it. */
function pagePoint(page: Page, yaw: number, pitch: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([y, p, deg]) => {
      const psv = document.querySelector('hg-viewer')!.psv!;
      const at = psv.dataHelper.sphericalCoordsToViewerCoords({ yaw: y! * deg!, pitch: p! * deg! });
      const box = psv.container.getBoundingClientRect();
      return { x: Math.round(box.left + at.x), y: Math.round(box.top + at.y) };
    },
    [yaw, pitch, DEG],
  );
}

/** The outline's painted stroke and fill: they change when it lights up. */
const paint = (page: Page) =>
  page.locator(AREA).evaluate((el) => {
    const style = getComputedStyle(el);
    return { stroke: style.stroke, fill: style.fill, width: style.strokeWidth };
  });

const panelTitle = (page: Page) => page.locator('.psv-panel .hg-panel h2').textContent().catch(() => null);

async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`${selector} never reached by Tab`);
}

describe('area hotspots', () => {
  const scene = readScene('cao-nguyen-da', 'nha-vuong');
  const hotspot = scene.hotspots.find((h) => h.id === 'dinh-thu')!;

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`an outline lights up under the mouse and opens its panel when clicked inside (${colorScheme})`, async () => {
      const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/nha-vuong/', 'nha-vuong', { colorScheme });
      await faceArea(page, 'dinh-thu');
      const outline = page.locator(AREA);
      expect(await outline.getAttribute('role')).toBe('button');
      expect(await outline.getAttribute('aria-label')).toBe('Dinh thự');

      const resting = await paint(page);
      mkdirSync('tests/.artifacts', { recursive: true });
      await page.locator('hg-viewer').screenshot({ path: `tests/.artifacts/area-hotspot-rest-${colorScheme}.png` });
      // Coloured by the stylesheet, not by PSV's default black fill attribute.
      expect(resting.fill).not.toBe('rgba(0, 0, 0, 0.5)');
      expect(await outline.getAttribute('fill')).toBeNull();
      // A point inside the outline, off its centre: the viewer says where it is on the page.
      const centre = hotspotCentre(hotspot);
      const inside = await pagePoint(page, centre.yaw + 8, centre.pitch - 1);
      await page.mouse.move(inside.x, inside.y, { steps: 4 });
      await expect.poll(() => paint(page)).not.toEqual(resting);
      await page.locator('hg-viewer').screenshot({ path: `tests/.artifacts/area-hotspot-hover-${colorScheme}.png` });

      await page.mouse.click(inside.x, inside.y);
      await expect.poll(() => panelTitle(page)).toBe('Dinh thự');
      // Leaving the outline puts it back to rest.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.psv-panel .hg-panel').count()).toBe(0);
      const outside = await pagePoint(page, centre.yaw + 40, centre.pitch + 20);
      await page.mouse.move(outside.x, outside.y, { steps: 4 });
      await expect.poll(() => paint(page)).toEqual(resting);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('is reached by Tab as a named button, lights up on focus, opens with Enter and gets focus back on Escape', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/nha-vuong/', 'nha-vuong');
    await faceArea(page, 'dinh-thu');
    const resting = await paint(page);
    await page.locator('hg-viewer').focus();
    await tabTo(page, AREA);
    await expect.poll(() => paint(page)).not.toEqual(resting);
    await page.locator('hg-viewer').screenshot({ path: 'tests/.artifacts/area-hotspot-focus.png' });
    await page.keyboard.press('Enter');
    await expect.poll(() => panelTitle(page)).toBe('Dinh thự');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.psv-panel'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.psv-panel .hg-panel').count()).toBe(0);
    await expect.poll(() => page.evaluate((s) => !!document.activeElement?.matches(s), AREA)).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('outlines the Lũng Cú tower under its flag', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu');
    await faceArea(page, 'cot-co');
    expect(await page.locator('.hg-area[data-hotspot="cot-co"]').getAttribute('aria-label')).toBe('Cột cờ');
    await page.locator('hg-viewer').screenshot({ path: 'tests/.artifacts/area-hotspot-lung-cu.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
