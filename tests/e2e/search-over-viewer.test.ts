/**
 * The header's search results are above everything on the page (issue 16, item 3): on the home page
 * they open over the hero viewer's compass, zoom bar and map button, on phones and desktops.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Controls under the results list whose centre the list does not cover: each one would show through. */
function showingThrough(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const popup = document.querySelector<HTMLElement>('[data-site-search] .search-popup')!;
    const list = popup.getBoundingClientRect();
    const controls = [...document.querySelectorAll<HTMLElement>('hg-viewer .psv-compass, hg-viewer .psv-navbar .psv-button, hg-viewer .psv-map, hg-viewer .psv-map__button, .leaflet-control a')];
    return controls.flatMap((el) => {
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (box.width === 0 || x < list.left || x > list.right || y < list.top || y > list.bottom) return [];
      const top = document.elementFromPoint(x, y);
      return top && popup.contains(top) ? [] : [el.className];
    });
  });
}

describe('header search results', () => {
  it.each([
    ['desktop', 1440, 900],
    ['phone', 390, 844],
  ])('open above the hero viewer’s controls (%s)', async (_, width, height) => {
    const { page, errors } = await openPage(browser(), { width, height });
    await page.goto(`${baseUrl}/`);
    // The hero turns live when the pointer (or a finger) is over it; then its controls are drawn.
    await page.hover('.home-hero hg-viewer');
    await page.waitForSelector('hg-viewer .psv-navbar', { timeout: 45_000 });
    const input = page.locator('#site-search-input');
    await input.click();
    await input.pressSequentially('dong van', { delay: 20 });
    await expect.poll(() => page.locator('[data-site-search] .search-hit').count(), { timeout: 30_000 }).toBeGreaterThan(2);
    // The list must reach over the viewer for the test to mean anything.
    const overlap = await page.evaluate(() => {
      const a = document.querySelector('[data-site-search] .search-popup')!.getBoundingClientRect();
      const b = document.querySelector('hg-viewer')!.getBoundingClientRect();
      return Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    });
    expect(overlap).toBeGreaterThan(100);
    expect(await showingThrough(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
