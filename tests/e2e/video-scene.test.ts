/**
 * A 360° video scene in Chromium (issue 18): the poster (its first frame) paints first; nothing
 * plays on its own under reduced motion; play makes the frames change, pause stops them; the
 * arrow to a photo scene and back works, with the video controls only on the video scene.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './support/browser.ts';
import { loadRaw } from './support/compare-view.ts';
import { waitForViewer } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const videoPath = '/tours/cao-nguyen-da/may-ma-pi-leng/';
const browser = useBrowser();

type Raw = Awaited<ReturnType<typeof loadRaw>>;

/** Mean colour difference over the viewer's upper half (the sky, where the clouds drift). */
function skyDifference(a: Raw, b: Raw): number {
  let sum = 0;
  let n = 0;
  for (let y = 0; y < a.height / 2; y += 2) {
    for (let x = 0; x < a.width; x += 2) {
      const i = (y * a.width + x) * a.channels;
      for (let k = 0; k < 3; k++) sum += Math.abs(a.data[i + k]! - b.data[i + k]!);
      n += 3;
    }
  }
  return sum / n;
}

const shot = async (page: Page) => loadRaw(await page.locator('hg-viewer canvas.psv-canvas').screenshot());

/** The scene's video element as the viewer plays it (never in the page's DOM). */
const videoState = (page: Page) =>
  page.evaluate(() => {
    const plugin = document.querySelector('hg-viewer')!.psv!.getPlugin('hg-video-scene') as unknown as { video?: HTMLVideoElement };
    const v = plugin.video;
    return v ? { paused: v.paused, time: v.currentTime, muted: v.muted, width: v.videoWidth } : undefined;
  });

const visible = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.some((el) => (el as HTMLElement).offsetParent !== null && getComputedStyle(el).display !== 'none'));

describe('video scene', () => {
  it('paints its first-frame poster without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}${videoPath}`);
    const poster = page.locator('hg-viewer [data-poster] img');
    await expect.poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await poster.getAttribute('alt')).toContain('Mây buổi sớm');
    // Labelled an illustration like the other demo pictures.
    expect(await page.locator('body').innerText()).toMatch(/minh hoạ|minh họa/i);
    await page.context().close();
  });

  it('stays still until play, frames change while playing, pause stops them; arrow to a photo scene and back', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}${videoPath}`);
    await waitForViewer(page, 'may-ma-pi-leng');

    // Reduced motion (the test browser asks for it): no autoplay, muted, first frame on screen.
    const still = await videoState(page);
    expect(still).toMatchObject({ paused: true, muted: true, width: 2048 });
    const a = await shot(page);
    await page.waitForTimeout(800);
    expect(skyDifference(a, await shot(page))).toBeLessThan(0.5);
    expect(await visible(page, '.psv-video-play-button')).toBe(true);

    await page.locator('.psv-video-bigbutton').click();
    await expect.poll(async () => (await videoState(page))!.time, { timeout: 20_000 }).toBeGreaterThan(0.6);
    const b = await shot(page);
    await page.waitForTimeout(1200);
    const c = await shot(page);
    expect(skyDifference(b, c)).toBeGreaterThan(0.5);
    expect((await videoState(page))!.muted).toBe(true);

    // Space toggles play while the viewer has focus (as the arrow keys do: KeyboardPlugin).
    await page.locator('hg-viewer').focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await videoState(page))!.paused, { timeout: 10_000 }).toBe(true);
    const d = await shot(page);
    await page.waitForTimeout(1000);
    expect(skyDifference(d, await shot(page))).toBeLessThan(0.5);
    // Outside the viewer, Space is the page's (it scrolls): the video stays paused.
    await page.locator('h1').click();
    await page.keyboard.press('Space');
    await page.waitForTimeout(500);
    expect((await videoState(page))!.paused).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));

    // The arrow to the photo scene (yaw 90), looked at from the side (the big play button sits in
    // the middle while paused): the video stops, its controls go.
    await page.evaluate(() => document.querySelector('hg-viewer')!.psv!.rotate({ yaw: (65 * Math.PI) / 180, pitch: -0.1 }));
    await page.locator('.hg-link-arrow[data-target="deo-ma-pi-leng"]').click();
    await waitForViewer(page, 'deo-ma-pi-leng');
    expect(await videoState(page)).toBeUndefined();
    expect(await visible(page, '.psv-video-play-button')).toBe(false);
    expect(await visible(page, '.psv-video-bigbutton')).toBe(false);
    expect(await visible(page, '.psv-video-progressbar')).toBe(false);
    expect(new URL(page.url()).pathname).toBe('/tours/cao-nguyen-da/deo-ma-pi-leng/');

    // And back: the video scene shows its first frame again, controls back.
    await page.evaluate(() => document.querySelector('hg-viewer')!.psv!.rotate({ yaw: (65 * Math.PI) / 180, pitch: -0.1 }));
    await page.locator('.hg-link-arrow[data-target="may-ma-pi-leng"]').click();
    await waitForViewer(page, 'may-ma-pi-leng');
    expect(await videoState(page)).toMatchObject({ paused: true, muted: true });
    expect(await visible(page, '.psv-video-play-button')).toBe(true);
    const back = await shot(page);
    expect(skyDifference(back, a)).toBeLessThan(12);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('starts muted on its own where the browser allows it (no reduced motion), and pauses when the page is hidden', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'no-preference' });
    await context.route((url) => !/^(127\.\d+\.\d+\.\d+|localhost)$/.test(url.hostname), (route) => route.abort('internetdisconnected'));
    const page = await context.newPage();
    await page.goto(`${baseUrl}${videoPath}`);
    await waitForViewer(page, 'may-ma-pi-leng');
    await expect.poll(async () => (await videoState(page))?.time ?? 0, { timeout: 20_000 }).toBeGreaterThan(0.3);
    expect(await videoState(page)).toMatchObject({ paused: false, muted: true });
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect.poll(async () => (await videoState(page))!.paused, { timeout: 10_000 }).toBe(true);
    await context.close();
  }, 120_000);

  it('says plainly that VR cannot play the video, instead of starting VR on it', async () => {
    const { page, errors } = await openPage(browser());
    // An emulated headset (IWER, as in viewer-xr.test.ts), so the VR button is offered.
    await page.addInitScript({ content: readFileSync('node_modules/iwer/build/iwer.min.js', 'utf8') });
    await page.addInitScript(() => {
      const w = window as unknown as { IWER: any };
      new w.IWER.XRDevice(w.IWER.metaQuest3).installRuntime({ forceInstall: true });
    });
    await page.goto(`${baseUrl}${videoPath}`);
    await waitForViewer(page, 'may-ma-pi-leng');
    await page.getByRole('button', { name: 'Vào thực tế ảo (VR)' }).click();
    await expect.poll(() => page.locator('.psv-notification').innerText(), { timeout: 10_000 }).toContain('Chế độ VR chưa phát được video 360°');
    const immersive = await page.evaluate(() => Boolean((document.querySelector('hg-viewer')!.psv!.getPlugin('hg-webxr') as unknown as { immersive?: unknown }).immersive));
    expect(immersive).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('plays in an embed too (no navbar: the big play button)', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/embed/cao-nguyen-da/may-ma-pi-leng/?ui=none`);
    await waitForViewer(page, 'may-ma-pi-leng');
    expect(await videoState(page)).toMatchObject({ paused: true, muted: true });
    await page.locator('.psv-video-bigbutton').click();
    await expect.poll(async () => (await videoState(page))!.time, { timeout: 20_000 }).toBeGreaterThan(0.3);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);
});
