/**
 * When things go wrong the page stays useful: no WebGL, a missing tile, a phone without the
 * Fullscreen API; reduced motion is respected; walking many scenes does not leak WebGL contexts
 * or memory (one viewer is reused).
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { readScene } from './support/content.ts';
import { openScene, openSharpScene } from './support/scene-page.ts';
import { matchViewerWithPhoto, waitForViewer } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('resilience', () => {
  it('keeps the poster and the text, with a clear message, without WebGL', async () => {
    const { page, errors } = await openScene(browser(), baseUrl, '/tours/cao-nguyen-da/cot-co-lung-cu/', {
      init: () => {
        const original = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          return /webgl/.test(type) ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
        } as typeof original;
      },
    });
    await page.waitForSelector('hg-viewer[data-state="unsupported"]');
    expect(await page.locator('hg-viewer [role="status"]').textContent()).toContain('không hiển thị được ảnh 360°');
    expect(await page.locator('hg-viewer [data-poster] img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.locator('[data-scene-panel] h1').textContent()).toBe('Cột cờ Lũng Cú');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the lower level where a tile is missing, never an error sign', async () => {
    const scene = readScene('cao-nguyen-da', 'cot-co-lung-cu');
    const { page } = await openScene(browser(), baseUrl, '/tours/cao-nguyen-da/cot-co-lung-cu/');
    let missing = 0;
    // The top level's tiles fail (whichever are in view: the opening view faces the way on): the base stays in their place.
    await page.route(/\/tiles\/1\/\d+_\d+\.webp$/, (route) => {
      missing++;
      return route.fulfill({ status: 404, body: '' });
    });
    await waitForViewer(page, 'cot-co-lung-cu');
    expect(missing).toBeGreaterThan(0);
    const match = await matchViewerWithPhoto(page, scene.photoPath, scene.view);
    // Blurrier where the base shows, but the same picture: an error tile would be dark grey.
    expect(match.matching, `mean difference ${match.meanDifference.toFixed(1)}`).toBeGreaterThan(0.75);
    await page.context().close();
  });

  it('reuses one viewer over 30 scene changes: one WebGL context, bounded memory', { timeout: 240_000 }, async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van', {
      init: () => {
        (window as unknown as { webglContexts: number }).webglContexts = 0;
        const original = HTMLCanvasElement.prototype.getContext;
        const seen = new WeakSet<object>();
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          const context = (original as (...a: unknown[]) => object | null).call(this, type, ...rest);
          if (context && /webgl/.test(type) && !seen.has(context)) {
            seen.add(context);
            (window as unknown as { webglContexts: number }).webglContexts++;
          }
          return context;
        } as typeof original;
      },
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
    };
    // One context is made while starting, the renderer's (PSV's support check reads that one too, instead of
    // making a probe context: renderer-surface.ts); none may follow.
    const atStart = await page.evaluate(() => (window as unknown as { webglContexts: number }).webglContexts);
    const scenes = ['cot-co-lung-cu', 'pho-co-dong-van', 'deo-ma-pi-leng', 'pho-co-dong-van', 'nha-vuong', 'pho-co-dong-van'];
    let afterFive = 0;
    for (let i = 0; i < 30; i++) {
      const id = scenes[i % scenes.length]!;
      await page.evaluate((sceneId) => document.querySelector('hg-viewer')!.goTo(sceneId), id);
      if (i === 5) afterFive = await heap();
    }
    await waitForViewer(page, scenes[29 % scenes.length]);
    const afterThirty = await heap();
    expect(atStart).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { webglContexts: number }).webglContexts)).toBe(atStart);
    expect(afterThirty / afterFive, `heap ${Math.round(afterFive / 1e6)} MB → ${Math.round(afterThirty / 1e6)} MB`).toBeLessThan(1.3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('never autorotates under prefers-reduced-motion, and does after idle otherwise', async () => {
    const config = async (reducedMotion: 'reduce' | 'no-preference') => {
      const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/tours/cao-nguyen-da/pho-co-dong-van/`);
      await waitForViewer(page, 'pho-co-dong-van');
      const result = await page.evaluate(() => {
        const plugin = document.querySelector('hg-viewer')!.psv!.getPlugin('autorotate') as unknown as { config: { autostartDelay: number | null; autostartOnIdle: boolean }; isEnabled(): boolean };
        return { delay: plugin.config.autostartDelay, onIdle: plugin.config.autostartOnIdle, rotating: plugin.isEnabled() };
      });
      await context.close();
      return result;
    };
    expect(await config('reduce')).toEqual({ delay: null, onIdle: false, rotating: false });
    expect(await config('no-preference')).toEqual({ delay: 30_000, onIdle: true, rotating: false });
  });

  it('fills the window where the Fullscreen API is missing (iPhone) and restores the page with Escape', async () => {
    const { page } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/', 'pho-co-dong-van', {
      width: 390,
      height: 844,
      init: () => Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }),
    });
    await page.getByRole('button', { name: 'Toàn màn hình' }).click();
    await expect.poll(() => page.locator('hg-viewer').evaluate((el) => el.classList.contains('hg-pseudo-fullscreen'))).toBe(true);
    const box = await page.locator('hg-viewer').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('hg-viewer').evaluate((el) => el.classList.contains('hg-pseudo-fullscreen'))).toBe(false);
    await page.context().close();
  });
});
