/**
 * The first view's loading order (issue 13): the poster is painted before any viewer chunk runs
 * (the core is fetched early), the first chunk holds only the core, every other plugin arrives later and works, and
 * what the tourist does before a plugin arrived is carried out when it does. The late chunks are
 * held back by routing the first of them (the keyboard's: LatePluginsPlugin starts the plugins
 * in order, so none starts before it) until the test lets it through.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { openScene } from './support/scene-page.ts';
import { startHero, waitForViewer } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const SCENE = '/tours/cao-nguyen-da/pho-co-dong-van/';

/** Opens the scene with the late plugins held back; `release()` lets them come. */
async function openHeld() {
  const opened = await openPage(browser());
  const held: Route[] = [];
  let released = false;
  await opened.page.route(/\/_astro\/keyboard\.[^/]+\.js$/, (route) => (released ? route.continue() : void held.push(route)));
  await opened.page.goto(`${baseUrl}${SCENE}`);
  await opened.page.waitForSelector('hg-viewer[data-state="sharp"]', { timeout: 45_000 });
  const release = async () => {
    released = true;
    for (const route of held.splice(0)) await route.continue();
    await opened.page.waitForSelector('.psv-container[data-late-plugins="ready"]', { timeout: 20_000 });
  };
  return { ...opened, release };
}

const lateState = (page: Page) => page.locator('.psv-container').getAttribute('data-late-plugins');

describe('viewer loading order', () => {
  it('paints the poster before any viewer chunk runs (they are fetched early), and three.js comes with the core only', async () => {
    const { page, errors } = await openPage(browser());
    // The poster's bytes come late, as on a slow link: the core is in before it, and must still wait.
    await page.route(/\/poster-[^/]+\.webp$/, (route) => setTimeout(() => void route.continue(), 800));
    // three.js marks itself on window.__THREE__ when its module runs: note when that happens.
    await page.addInitScript(() => {
      let value: unknown;
      Object.defineProperty(window, '__THREE__', {
        configurable: true,
        get: () => value,
        set: (v) => {
          value = v;
          (window as unknown as { threeRanAt: number }).threeRanAt = performance.now();
        },
      });
    });
    await page.goto(`${baseUrl}${SCENE}`);
    await waitForViewer(page, 'pho-co-dong-van');
    const timing = await page.evaluate(
      () =>
        new Promise<{ poster: number; viewerChunks: { name: string; start: number }[] }>((resolve) => {
          new PerformanceObserver((list) => {
            // Element Timing of the poster (`elementtiming="hg-poster"`): its render time, image decoded and painted.
            // The element has two entries: its blurred placeholder (a data: background, at once) and the poster.
            const painted = (list.getEntries() as (PerformanceEntry & { identifier?: string; url?: string; renderTime?: number; loadTime?: number })[]).find((e) => e.identifier === 'hg-poster' && /\/poster-/.test(e.url ?? ''));
            const chunks = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
              .filter((r) => /\/_astro\/(three\.module|create-viewer|index\.module)/.test(r.name))
              .map((r) => ({ name: r.name.split('/').pop()!, start: r.startTime }));
            // loadTime: the poster decoded and handed to paint. (Its renderTime, when the frame reached the
            // screen, can come later than the page's next frames under a software GPU.)
            resolve({ poster: painted ? painted.loadTime || painted.startTime : -1, viewerChunks: chunks });
          }).observe({ type: 'element', buffered: true });
        }),
    );
    expect(timing.poster).toBeGreaterThan(0);
    expect(timing.viewerChunks.length).toBeGreaterThan(2);
    const threeRanAt = await page.evaluate(() => (window as unknown as { threeRanAt?: number }).threeRanAt);
    expect(threeRanAt).toBeGreaterThanOrEqual(timing.poster);
    // The core is fetched early (modulepreload, all its files at once), while the poster is still coming.
    expect(timing.viewerChunks.filter((c) => c.start < timing.poster).length).toBeGreaterThan(2);
    const links = await page.locator('link[rel="modulepreload"]').evaluateAll((els) => els.map((el) => (el as HTMLLinkElement).href));
    expect(links.some((href) => /three\.module/.test(href))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("starts the GPU's warm-up once, while the page is still being read; the home page's hero only on interest (warm-webgl.ts)", async () => {
    const countWorkers = () => {
      const made: { url: string; readyState: DocumentReadyState }[] = [];
      (window as unknown as { workersMade: typeof made }).workersMade = made;
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(url: string | URL, options?: WorkerOptions) {
          made.push({ url: String(url), readyState: document.readyState });
          super(url, options);
        }
      };
    };
    const made = (page: Page) => page.evaluate(() => (window as unknown as { workersMade: { url: string; readyState: string }[] }).workersMade.filter((w) => /warm-webgl\.js$/.test(w.url)));
    const { page, errors } = await openScene(browser(), baseUrl, SCENE, { init: countWorkers });
    await waitForViewer(page, 'pho-co-dong-van');
    // One worker, made by the inline script under the poster: the document is still loading then, and
    // module scripts (the viewer's element among them) run only once it is parsed.
    expect(await made(page)).toEqual([{ url: expect.stringMatching(/\/warm-webgl\.js$/), readyState: 'loading' }]);
    expect(errors).toEqual([]);
    await page.context().close();

    const home = await openScene(browser(), baseUrl, '/', { init: countWorkers });
    await home.page.waitForLoadState('networkidle');
    expect(await made(home.page)).toEqual([]);
    await startHero(home.page, 'bo-song-lo');
    expect(await made(home.page)).toHaveLength(1);
    expect(home.errors).toEqual([]);
    await home.page.context().close();
  });

  it('shows the first live frame without the late plugins, with every navbar place already taken', async () => {
    const { page, errors, release } = await openHeld();
    // The late plugins start fetching when the page is next idle after the sharp view (up to 1.5 s later); the
    // keyboard's chunk is held, so they stay there.
    await expect.poll(() => lateState(page), { timeout: 5_000 }).toBe('loading');
    // Core: arrows and hotspots are there at once.
    expect(await page.locator('.hg-link-arrow').count()).toBeGreaterThan(0);
    const ids = ['gallery', 'compass', 'map', 'autorotate', 'gyroscope', 'stereo', 'hg-keyboard', 'hg-narration', 'hg-variants', 'hg-share', 'hg-webxr', 'hg-touch-engage'];
    const present = (list: string[]) => page.evaluate((l) => l.filter((id) => document.querySelector('hg-viewer')!.psv!.getPlugin(id)), list);
    expect(await present(ids)).toEqual([]);
    const boxes = () =>
      page.locator('.psv-navbar .psv-button').evaluateAll((els) =>
        Object.fromEntries(els.filter((el) => (el as HTMLElement).offsetParent && !el.classList.contains('psv-caption')).map((el, i) => [el.className.split(' ').at(-1) || i, Math.round(el.getBoundingClientRect().x)])),
      );
    const before = await boxes();
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['psv-gallery-button', 'hg-share', 'hg-help', 'psv-fullscreen-button']));
    await release();
    expect(await present(ids)).toEqual(ids);
    // Nothing moved when the plugins came (the gyroscope's and stereo buttons may appear where the caption was).
    expect(await boxes()).toMatchObject(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('carries out a button press and a key made before their plugin arrived', async () => {
    const { page, errors, release } = await openHeld();
    // The gallery's button is in place before the gallery plugin: pressing it asks for the plugin.
    await page.locator('.psv-navbar .psv-gallery-button').click();
    // `?` inside the viewer opens the keyboard help once the keyboard plugin runs.
    await page.locator('hg-viewer').focus();
    await page.keyboard.press('?');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await release();
    await expect.poll(() => page.locator('.psv-gallery-item').count()).toBeGreaterThan(1);
    await expect.poll(() => page.locator('hg-viewer dialog[open]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('plays the tour on a P pressed before the guide arrived, and still opens the help on a ? pressed with it', async () => {
    const { page, errors, release } = await openHeld();
    await page.locator('hg-viewer').focus();
    await page.keyboard.press('p');
    await page.keyboard.press('?');
    expect(await page.locator('.psv-container').getAttribute('data-guide')).toBeNull();
    await release();
    // P is the guide's own key (kept for it, not for the keyboard plugin that starts first); ? is the keyboard's.
    await expect.poll(() => page.locator('.psv-container').getAttribute('data-guide'), { timeout: 20_000 }).toBe('playing');
    await expect.poll(() => page.locator('hg-viewer dialog[open]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('turns the view with an arrow key pressed before the keyboard plugin arrived', async () => {
    const { page, errors, release } = await openHeld();
    await page.locator('hg-viewer').focus();
    const yaw = () => page.evaluate(() => document.querySelector('hg-viewer')!.view!.yaw);
    const start = await yaw();
    await page.keyboard.down('ArrowRight');
    expect(await yaw()).toBeCloseTo(start, 3);
    await release();
    // Software WebGL on a busy machine draws few frames: give the turn time to show.
    await expect.poll(async () => Math.abs((await yaw()) - start), { timeout: 15_000 }).toBeGreaterThan(1);
    await page.keyboard.up('ArrowRight');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('runs every late plugin once it has arrived: compass, mini map, autorotate, narration, share', async () => {
    const { page, errors } = await openScene(browser(), baseUrl, '/tours/cao-nguyen-da/cot-co-lung-cu/', {
      // The late chunks' preload links, grouped by the task that added them: a mutation observer's
      // callback runs once at the end of each task that changed the page.
      init: () => {
        const batches: string[][] = [];
        (window as unknown as { lateBatches: string[][] }).lateBatches = batches;
        document.addEventListener('hg:ready', () => {
          new MutationObserver((records) => {
            const links = records.flatMap((r) => [...r.addedNodes]).filter((n): n is HTMLLinkElement => n instanceof HTMLLinkElement && n.rel === 'modulepreload');
            if (links.length) batches.push(links.map((l) => l.href.split('/').pop()!));
          }).observe(document.head, { childList: true });
        });
      },
    });
    await waitForViewer(page, 'cot-co-lung-cu');
    await page.waitForSelector('.psv-container[data-late-plugins="ready"]');
    // Their downloads start two per task, not all in one long task.
    const batches = await page.evaluate(() => (window as unknown as { lateBatches: string[][] }).lateBatches);
    expect(batches.flat().length).toBeGreaterThan(8);
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThanOrEqual(2);
    expect(await page.locator('.psv-compass').count()).toBe(1);
    await page.getByRole('button', { name: 'Bản đồ tour' }).click();
    await expect.poll(() => page.locator('.psv-map').evaluate((el) => el.classList.contains('psv-map--collapsed'))).toBe(false);
    const autorotate = await page.evaluate(() => {
      const plugin = document.querySelector('hg-viewer')!.psv!.getPlugin('autorotate') as unknown as { config: { autostartDelay: number | null } };
      return plugin.config.autostartDelay;
    });
    // The test browser asks for reduced motion: autorotate never starts on its own.
    expect(autorotate).toBeNull();
    // This scene has a narration: its button was shown from the start and now plays it.
    expect(await page.locator('.hg-narration').isVisible()).toBe(true);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('.hg-share').click();
    await expect.poll(() => page.locator('.psv-notification').textContent()).toContain('Đã sao chép');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fetches the late plugins once the view is sharp, not while its first tiles are coming (and the compass shows then)', async () => {
    const opened = await openPage(browser());
    const { page, errors } = opened;
    // The tiles are held back: the first frame (the base image) is drawn, the view is not sharp.
    const held: Route[] = [];
    let released = false;
    await page.route(/\/tiles\/\d+\/\d+_\d+\.webp$/, (route) => (released ? route.continue() : void held.push(route)));
    await page.goto(`${baseUrl}${SCENE}`);
    await page.waitForSelector('hg-viewer[data-state="ready"]', { timeout: 45_000 });
    // Longer than the idle wait they had after the first frame (1.5 s at most).
    await page.waitForTimeout(2_500);
    expect(await lateState(page)).toBe('waiting');
    expect(await page.locator('.psv-compass').count()).toBe(0);
    released = true;
    for (const route of held.splice(0)) await route.continue();
    await waitForViewer(page, 'pho-co-dong-van');
    await expect.poll(() => page.locator('.psv-compass').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('links its shader programs before the first frame, not inside one, and each once (warm-renderer.ts)', async () => {
    const { page, errors } = await openScene(browser(), baseUrl, SCENE, {
      // Notes, for every program linked, whether it happened inside an animation frame (three.js renders in them).
      init: () => {
        const w = window as unknown as { links: boolean[] };
        w.links = [];
        let inFrame = false;
        const raf = window.requestAnimationFrame.bind(window);
        window.requestAnimationFrame = (callback) =>
          raf((time) => {
            inFrame = true;
            try {
              callback(time);
            } finally {
              inFrame = false;
            }
          });
        for (const Context of [WebGLRenderingContext, WebGL2RenderingContext]) {
          const link = Context.prototype.linkProgram;
          Context.prototype.linkProgram = function (this: WebGL2RenderingContext, program: WebGLProgram) {
            w.links.push(inFrame);
            return link.call(this, program);
          };
        }
      },
    });
    await waitForViewer(page, 'pho-co-dong-van');
    // One program (the panorama's textured material, for the base image and every tile), linked from the
    // warm-up's stand-in: had it not matched PSV's material, the first frames would link another. (The
    // see-through program of the pointing sphere and the tiles' placeholders is never drawn: viewer-drawing.)
    expect(await page.evaluate(() => (window as unknown as { links: boolean[] }).links)).toEqual([false]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
