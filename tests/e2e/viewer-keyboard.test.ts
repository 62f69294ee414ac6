/**
 * The whole tour by keyboard alone: reach a hotspot, open and close its panel, look around, zoom,
 * show the help, follow a link arrow, and leave the viewer. And no keyboard trap for the page.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { openSharpScene, viewOf, yawDistance } from './support/scene-page.ts';
import { waitForViewer } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { inViewer: !!el?.closest('hg-viewer'), label: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '', className: el?.className ?? '', tag: el?.tagName };
  });

/** Presses Tab until the focused element matches, at most `limit` times. */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) return f;
  }
  throw new Error('never reached by Tab');
}

describe('keyboard', () => {
  it('walks a tour with the keyboard alone', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van');

    // A hotspot is a named button reachable by Tab; Enter opens its panel with focus inside.
    const hotspot = await tabTo(page, (f) => f.className.includes('hg-hotspot'));
    expect(hotspot.label).toBe('Nhà cổ');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.psv-panel .hg-panel h2').textContent()).toBe('Nhà cổ');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.psv-panel'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.psv-panel .hg-panel').count()).toBe(0);
    expect((await focused(page)).className).toContain('hg-hotspot');

    // Arrow keys look around and + zooms, while focus is in the viewer; the page does not scroll.
    const before = await viewOf(page);
    const scrollBefore = await page.evaluate(() => scrollY);
    // Held until the view has moved, not for a fixed time: on a loaded machine SwiftShader draws a
    // frame every 200 ms or more, and the turn speeds up frame by frame.
    await page.keyboard.down('ArrowRight');
    await expect.poll(async () => yawDistance((await viewOf(page)).yaw, before.yaw), { timeout: 10_000 }).toBeGreaterThan(3);
    await page.keyboard.up('ArrowRight');
    // PSV ignores a key pressed while it is still finishing the last one: a press shorter than 200 ms
    // is released by a 200-ms timer, which a busy page runs late. A held + repeats for a tourist, not
    // in Playwright: pressed too early it was lost, and the zoom never moved (the flakes seen in CI,
    // the last one after a fixed 250-ms wait). Wait for PSV's own press to end (5.15.1).
    await page.waitForFunction(() => {
      const psv = document.querySelector('hg-viewer')!.psv as unknown as { eventsHandler: { keyHandler: { pending: boolean } } };
      return !psv.eventsHandler.keyHandler.pending;
    });
    await page.keyboard.down('+');
    await expect.poll(async () => (await viewOf(page)).zoom, { timeout: 10_000 }).toBeGreaterThan(before.zoom);
    await page.keyboard.up('+');
    await page.waitForTimeout(300);
    const after = await viewOf(page);
    expect(yawDistance(after.yaw, before.yaw)).toBeGreaterThan(3);
    expect(after.zoom).toBeGreaterThan(before.zoom);
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);

    // ? shows the help; Escape closes it.
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('dialog.hg-help[open]').count()).toBe(1);
    expect(await page.locator('dialog.hg-help h2').textContent()).toBe('Dùng bàn phím trong ảnh 360°');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.hg-help[open]').count()).toBe(0);

    // A link arrow is a named button; Enter follows it.
    const arrow = await tabTo(page, (f) => f.className.includes('hg-link-arrow') && f.label === 'Đi tới Cột cờ Lũng Cú');
    expect(arrow.inViewer).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/tours/cao-nguyen-da/cot-co-lung-cu/');
    await waitForViewer(page, 'cot-co-lung-cu');

    // Escape puts focus on the viewer region; Tab then leaves the viewer.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('HG-VIEWER');
    await tabTo(page, (f) => !f.inViewer && f.tag !== 'BODY', 60);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('leaves the arrow keys to the page when focus is outside the viewer', async () => {
    const { page } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van', { height: 500 });
    const before = await viewOf(page);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // The page scrolls smoothly, a frame at a time: under CI's load its first frame came after the 1-s default (turn 7).
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 10_000 }).toBeGreaterThan(0);
    const after = await viewOf(page);
    expect(yawDistance(after.yaw, before.yaw)).toBeLessThan(0.5);
    expect(Math.abs(after.pitch - before.pitch)).toBeLessThan(0.5);
    await page.context().close();
  });

  it('lets the mouse wheel scroll the page over the viewer (zoom needs Ctrl)', async () => {
    const { page } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van', { height: 600 });
    const before = await viewOf(page);
    const box = (await page.locator('hg-viewer').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => scrollY), { timeout: 10_000 }).toBeGreaterThan(100);
    expect((await viewOf(page)).zoom).toBeCloseTo(before.zoom, 1);
    await page.context().close();
  });

  it('lets a one-finger swipe scroll the page on a phone until the tourist taps the viewer', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 700 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/tours/cao-nguyen-da/pho-co-dong-van/`);
    await waitForViewer(page, 'pho-co-dong-van');
    const cdp = await context.newCDPSession(page);
    const box = (await page.locator('hg-viewer').boundingBox())!;
    const swipe = async (x0: number, y0: number, x1: number, y1: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
      for (let i = 1; i <= 10; i++) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + ((x1 - x0) * i) / 10, y: y0 + ((y1 - y0) * i) / 10 }] });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(600);
    };
    const start = await viewOf(page);
    await swipe(box.x + box.width / 2, box.y + box.height * 0.8, box.x + box.width / 2, box.y + box.height * 0.2);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(100);
    expect(yawDistance((await viewOf(page)).yaw, start.yaw)).toBeLessThan(0.5);

    await page.evaluate(() => scrollTo(0, 0));
    await page.tap('hg-viewer', { position: { x: 100, y: 100 } });
    await page.waitForTimeout(300);
    await swipe(box.x + box.width * 0.8, box.y + box.height / 2, box.x + box.width * 0.2, box.y + box.height / 2);
    expect(yawDistance((await viewOf(page)).yaw, start.yaw)).toBeGreaterThan(5);
    await context.close();
  });
});
