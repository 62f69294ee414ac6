/**
 * A scene on a phone (390×844, touch), as issue 16 found it: the first gesture must work, the
 * viewer must get the screen, and the controls must not cover each other. Touches are real
 * (CDP Input.dispatchTouchEvent), not synthetic DOM events.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { emulateOrientationSensor, useBrowser } from './support/browser.ts';
import { viewOf, yawDistance } from './support/scene-page.ts';
import { waitForViewer } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

async function openPhoneScene(path: string, sceneId: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  await context.route((url) => !/^(127\.\d+\.\d+\.\d+|localhost)$/.test(url.hostname), (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${baseUrl}${path}`);
  await waitForViewer(page, sceneId);
  return { context, page, errors };
}

/** A one-finger swipe in ten steps, from (x0, y0) to (x1, y1), through the browser's input pipeline. */
async function swipe(context: BrowserContext, page: Page, [x0, y0]: [number, number], [x1, y1]: [number, number]): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + ((x1 - x0) * i) / 10, y: y0 + ((y1 - y0) * i) / 10 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.waitForTimeout(600);
  await cdp.detach();
}

/** The view once it has stopped moving (a swipe leaves some inertia). */
async function settledView(page: Page) {
  // Still for a whole second (four reads): a loaded machine may skip frames between two reads.
  let last = await viewOf(page);
  let still = 0;
  for (let i = 0; i < 40 && still < 4; i++) {
    await page.waitForTimeout(250);
    const now = await viewOf(page);
    still = yawDistance(now.yaw, last.yaw) < 0.05 && Math.abs(now.pitch - last.pitch) < 0.05 ? still + 1 : 0;
    last = now;
  }
  return last;
}

describe('a scene on a phone', () => {
  it('turns at once with a sideways one-finger swipe, scrolls the page with an upright one (no scroll trap)', async () => {
    const { context, page, errors } = await openPhoneScene('/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van');
    const box = (await page.locator('hg-viewer').boundingBox())!;
    const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };

    // First gesture on the page, no tap before it: a sideways swipe turns the view.
    const start = await viewOf(page);
    await swipe(context, page, [mid.x + 120, mid.y], [mid.x - 120, mid.y + 10]);
    const turned = await settledView(page);
    expect(yawDistance(turned.yaw, start.yaw)).toBeGreaterThan(10);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // No "use two fingers" overlay (it also came in another font).
    expect(await page.locator('.psv-overlay').isVisible()).toBe(false);

    // An upright swipe scrolls the page and leaves the view where it was.
    await swipe(context, page, [mid.x, mid.y + 150], [mid.x + 10, mid.y - 150]);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(100);
    const after = await viewOf(page);
    expect(yawDistance(after.yaw, turned.yaw)).toBeLessThan(0.5);
    expect(Math.abs(after.pitch - turned.pitch)).toBeLessThan(0.5);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fills the screen under a compact header, with a smaller compass', async () => {
    const { context, page, errors } = await openPhoneScene('/en/tours/cao-nguyen-da/cong-troi-quan-ba/', 'cong-troi-quan-ba');
    const header = (await page.locator('.site-header').boundingBox())!;
    const viewer = (await page.locator('hg-viewer').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(110);
    expect(viewer.y).toBeLessThan(130);
    expect(viewer.width).toBeGreaterThan(350);
    expect(viewer.height).toBeGreaterThan(650);
    // The whole viewer, navbar included, is on the first screen.
    expect(viewer.y + viewer.height).toBeLessThanOrEqual(844);
    const compass = (await page.locator('.psv-compass').boundingBox())!;
    expect(compass.width).toBeLessThanOrEqual(64);
    // No "Keyboard shortcuts (?)" on a phone.
    expect(await page.locator('.psv-navbar .hg-help, .psv-navbar [aria-label^="Keyboard"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the navbar still while the late plugins arrive: the motion-sensor buttons hold their place from the start', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await emulateOrientationSensor(page);
    await page.addInitScript(() => {
      const w = window as unknown as { navbarShift: number };
      w.navbarShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
          if (!entry.hadRecentInput && entry.sources.some((source) => source.node instanceof Element && source.node.closest('.psv-navbar'))) w.navbarShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${baseUrl}/tours/cao-nguyen-da/pho-co-dong-van/`);
    await waitForViewer(page, 'pho-co-dong-van');
    // The phone can follow its movement (emulated): the plugins arrive and confirm the buttons.
    await expect.poll(() => page.locator('hg-viewer .psv-container').getAttribute('data-late-plugins'), { timeout: 30_000 }).toBe('ready');
    await expect(page.locator('.psv-gyroscope-button').isVisible()).resolves.toBe(true);
    await expect(page.locator('.psv-stereo-button').isVisible()).resolves.toBe(true);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { navbarShift: number }).navbarShift)).toBe(0);
    await context.close();
  });
});

describe('phone controls', () => {
  it('keep the season switch’s short label on one line on a 360-px phone, at the phone’s text size', async () => {
    const { context, page, errors } = await openPhoneScene('/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(300);
    const buttons = await page.locator('.hg-variants button').evaluateAll((els) =>
      els.map((el) => {
        // One rectangle per line the text takes (the buttons themselves stretch to the bar's height).
        const text = document.createRange();
        text.selectNodeContents(el);
        return { label: el.textContent, lines: text.getClientRects().length, fontSize: getComputedStyle(el).fontSize };
      }),
    );
    expect(buttons.map((b) => b.label)).toEqual(['Mùa hè', 'Mùa hoa tam giác mạch']);
    // 0.8rem: the phone rule used to lose to the desktop rule's `font` shorthand after it.
    expect(buttons.map((b) => b.fontSize)).toEqual(['12.8px', '12.8px']);
    expect(buttons[0]!.lines).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keep clear of each other: the season switch neither meets the compass nor covers an open panel’s title', async () => {
    const { context, page, errors } = await openPhoneScene('/en/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu');
    const [variants, compass] = await Promise.all([page.locator('.hg-variants').boundingBox(), page.locator('.psv-compass').boundingBox()]);
    const apart = variants!.x + variants!.width <= compass!.x || compass!.x + compass!.width <= variants!.x || variants!.y + variants!.height <= compass!.y || compass!.y + compass!.height <= variants!.y;
    expect(apart, `switch ${JSON.stringify(variants)} compass ${JSON.stringify(compass)}`).toBe(true);

    await page.evaluate(() => document.querySelector('hg-viewer')!.psv!.rotate({ yaw: '0deg', pitch: '10deg' }));
    await page.waitForTimeout(500);
    await page.locator('.hg-hotspot').first().tap();
    const title = page.locator('.psv-panel .hg-panel h2');
    await title.waitFor();
    await page.waitForTimeout(600);
    const covered = await title.evaluate((h2) => {
      const box = h2.getBoundingClientRect();
      const points = [0.1, 0.5, 0.9].map((f) => document.elementFromPoint(box.left + box.width * f, box.top + box.height / 2));
      return points.filter((el) => !el || !h2.closest('.psv-panel')!.contains(el)).map((el) => el?.className ?? 'nothing');
    });
    expect(covered).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
