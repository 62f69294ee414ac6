/**
 * Screenshots of the built site as a tourist sees it (issue 16): home, tour, scene (hotspot panel
 * open), map and search, on a phone (390×844, touch) and a desktop (1440×900), in both languages
 * and both colour schemes. Writes docs/screenshots/<page>-<lang>-<device>-<scheme>.webp.
 *
 *   npm run build && node scripts/screenshots/take.ts [filter]
 *
 * `filter` keeps only the shots whose file name contains it (e.g. `scene-en-phone`).
 */
import { mkdir } from 'node:fs/promises';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

const OUT = 'docs/screenshots';
const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 },
  desktop: { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
} as const;

const prefix = (lang: string) => (lang === 'en' ? '/en' : '');

/** Each page: its address and what to do before the shot. */
const PAGES: Record<string, { path: (lang: string) => string; prepare?: (page: Page, lang: string) => Promise<void> }> = {
  home: { path: (lang) => `${prefix(lang)}/`, prepare: waitForViewerSharp },
  tour: { path: (lang) => `${prefix(lang)}/tours/cao-nguyen-da/` },
  scene: {
    path: (lang) => `${prefix(lang)}/tours/cao-nguyen-da/pho-co-dong-van/`,
    prepare: async (page) => {
      await waitForViewerSharp(page);
      // Face the old house so its hotspot is on screen on a phone too, then open it.
      await page.evaluate(() => document.querySelector('hg-viewer')!.psv!.rotate({ yaw: '10deg', pitch: '0deg' }));
      await page.waitForTimeout(500);
      await page.locator('.hg-hotspot').first().click();
      await page.waitForSelector('.psv-panel .hg-panel h2');
      await page.waitForTimeout(800);
    },
  },
  map: { path: (lang) => `${prefix(lang)}/map/`, prepare: async (page) => void (await page.waitForTimeout(1500)) },
  search: {
    path: (lang) => `${prefix(lang)}/`,
    prepare: async (page) => {
      await waitForViewerSharp(page);
      const input = page.locator('#site-search-input');
      await input.click();
      await input.pressSequentially('dong van', { delay: 20 });
      await page.waitForSelector('[data-site-search] .search-hit', { timeout: 30_000 });
      await page.waitForTimeout(800);
    },
  },
};

async function waitForViewerSharp(page: Page): Promise<void> {
  await page.waitForSelector('hg-viewer[data-state="sharp"]', { timeout: 45_000 }).catch(() => undefined);
  await page.waitForTimeout(1500);
}

const filter = process.argv[2] ?? '';
await mkdir(OUT, { recursive: true });
const { server, url } = await serveStatic('dist');
const browser = await launchBrowser();
try {
  for (const [name, spec] of Object.entries(PAGES)) {
    for (const lang of ['vi', 'en']) {
      for (const [device, options] of Object.entries(DEVICES)) {
        for (const scheme of ['light', 'dark'] as const) {
          const file = `${name}-${lang}-${device}-${scheme}.webp`;
          if (!file.includes(filter)) continue;
          const context = await browser.newContext({ ...options, colorScheme: scheme, reducedMotion: 'reduce' });
          await context.route((u) => !/^(127\.\d+\.\d+\.\d+|localhost)$/.test(u.hostname), (route) => route.abort('internetdisconnected'));
          const page = await context.newPage();
          await page.goto(url + spec.path(lang));
          await spec.prepare?.(page, lang);
          // WebP keeps the folder small (40 PNGs were 8.7 MB); quality 85 keeps text crisp.
          await sharp(await page.screenshot()).webp({ quality: 85 }).toFile(`${OUT}/${file}`);
          console.log(file);
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
