/**
 * Walks a tour in a real headless Chromium: the panorama on screen must be the scene's photo seen
 * from its initial view, link arrows must move to the next scene and the address must follow.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { readScene } from './support/content.ts';
import { matchViewerWithPhoto, waitForViewer } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('scene page in Chromium', () => {
  it('draws the scene’s photo, seen from its initial view', async () => {
    const scene = readScene('cao-nguyen-da', 'cot-co-lung-cu');
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/tours/cao-nguyen-da/cot-co-lung-cu/`);
    await waitForViewer(page, 'cot-co-lung-cu');

    const atInitialView = await matchViewerWithPhoto(page, scene.photoPath, scene.view);
    expect(atInitialView.matching, `mean difference ${atInitialView.meanDifference.toFixed(1)}`).toBeGreaterThan(0.85);
    // The same screenshot must NOT match the photo seen half a turn away: the check can fail. (A
    // quarter turn from this view, which faces the way on, shows the same even ridges.)
    const turned = await matchViewerWithPhoto(page, scene.photoPath, { ...scene.view, yaw: scene.view.yaw + 180 });
    expect(turned.matching).toBeLessThan(atInitialView.matching - 0.25);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('follows a link arrow to the next scene, updates the address and the text, and Back returns', async () => {
    const from = readScene('thanh-pho-ha-giang', 'bo-song-lo');
    const to = readScene('thanh-pho-ha-giang', 'cau-yen-bien');
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/tours/thanh-pho-ha-giang/bo-song-lo/`);
    await waitForViewer(page, 'bo-song-lo');

    const arrow = page.getByRole('button', { name: `Đi tới ${to.title}` });
    await arrow.click();
    await page.waitForURL((url) => url.pathname === '/tours/thanh-pho-ha-giang/cau-yen-bien/');
    await waitForViewer(page, 'cau-yen-bien');
    await expect.poll(() => page.locator('[data-scene-panel] h1').textContent()).toBe(to.title);
    expect(await page.title()).toContain(to.title);
    const arrived = await matchViewerWithPhoto(page, to.photoPath, to.view);
    expect(arrived.matching, `mean difference ${arrived.meanDifference.toFixed(1)}`).toBeGreaterThan(0.85);

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/tours/thanh-pho-ha-giang/bo-song-lo/');
    await waitForViewer(page, 'bo-song-lo');
    const back = await matchViewerWithPhoto(page, from.photoPath, from.view);
    expect(back.matching, `mean difference ${back.meanDifference.toFixed(1)}`).toBeGreaterThan(0.85);
    await page.goForward();
    await page.waitForURL((url) => url.pathname === '/tours/thanh-pho-ha-giang/cau-yen-bien/');
    await waitForViewer(page, 'cau-yen-bien');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the scene text, hotspots and next-scene links readable without JavaScript', async () => {
    const scene = readScene('cao-nguyen-da', 'pho-co-dong-van');
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/tours/cao-nguyen-da/pho-co-dong-van/`);
    const panel = page.locator('[data-scene-panel]');
    expect(await panel.locator('h1').textContent()).toBe(scene.title);
    const text = (await panel.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain(scene.body.split('\n')[0]);
    for (const hotspot of scene.hotspots) expect(text).toContain(hotspot.text);
    expect(await panel.locator('[data-illustration]').count()).toBe(1);
    // Without the viewer, the links are plain links to the next scenes' pages.
    for (const link of scene.links) {
      expect(await panel.locator(`a[href="/tours/cao-nguyen-da/${link.to}/"]`).count()).toBe(1);
    }
    await page.context().close();
  });

  it('lists every tour on the home page and opens a tour’s first scene from its page', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    const tourLinks = await page.locator('.tour-card h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(tourLinks).toEqual(['/tours/thanh-pho-ha-giang/', '/tours/cao-nguyen-da/', '/tours/hoang-su-phi/']);
    await page.click('a[href="/tours/cao-nguyen-da/"]');
    await page.getByRole('link', { name: 'Bắt đầu tour 360°' }).click();
    await page.waitForURL((url) => url.pathname === '/tours/cao-nguyen-da/cong-troi-quan-ba/');
    await waitForViewer(page, 'cong-troi-quan-ba');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

// Issue 16: tour pages on phones opened with text only; the first scene's picture now comes first.
describe('tour page picture', () => {
  it.each([
    ['phone', 390, 844],
    ['desktop', 1440, 900],
  ])('on a %s, the start scene’s poster is above the fold, sized from its srcset, with no layout shift', async (_name, width, height) => {
    const { page, errors } = await openPage(browser(), { width, height });
    // Layout shifts of the page's head (the picture, the title, the text beside it), summed. (The
    // offline box below it appears once its script runs: a shift of its own, not this test's.)
    await page.addInitScript(() => {
      const totals = window as unknown as { shifts: number };
      totals.shifts = 0;
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Shift[]) {
          const inHead = entry.sources.some((source) => source.node instanceof Element && source.node.closest('.tour-head'));
          if (!entry.hadRecentInput && inHead) totals.shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${baseUrl}/en/tours/cao-nguyen-da/`);
    const poster = page.locator('[data-tour-poster] img');
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
    const box = (await poster.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(height);
    expect(box.width).toBeGreaterThan(width < 600 ? width * 0.8 : 300);
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    // The right file for the width: from the srcset, no wider than needed at this screen's density.
    const chosen = await poster.evaluate((img: HTMLImageElement) => ({ currentSrc: img.currentSrc, srcset: img.srcset, naturalWidth: img.naturalWidth }));
    expect(chosen.srcset.split(',').length).toBeGreaterThan(1);
    expect(chosen.srcset).toContain(new URL(chosen.currentSrc).pathname);
    expect(chosen.naturalWidth).toBeLessThanOrEqual(Math.max(640, box.width * 3));
    // It leads to the tour's first scene, and nothing moved while the page loaded.
    expect(await page.locator('[data-tour-poster]').getAttribute('href')).toMatch(/^\/en\/tours\/cao-nguyen-da\/[^/]+\/$/);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
