/** The two languages: same page, same view, words in the right language, fallback with a notice. */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { waitForViewer } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

interface ViewerElement extends HTMLElement {
  sceneId: string;
  view: { yaw: number; pitch: number; zoom: number };
}

describe('two languages', () => {
  it('switching language on a scene lands on the same scene, facing the same way', async () => {
    const { page, context, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/tours/cao-nguyen-da/cot-co-lung-cu/?yaw=120&pitch=5&zoom=55`);
    await waitForViewer(page, 'cot-co-lung-cu');
    expect(await page.locator('h1').textContent()).toBe('Cột cờ Lũng Cú');

    await page.getByRole('link', { name: 'EN' }).click();
    await page.waitForURL(/\/en\/tours\/cao-nguyen-da\/cot-co-lung-cu\/\?/);
    await waitForViewer(page, 'cot-co-lung-cu');
    const view = await page.$eval('hg-viewer', (el) => (el as ViewerElement).view);
    expect(view.yaw).toBeCloseTo(120, 0);
    expect(view.pitch).toBeCloseTo(5, 0);
    expect(view.zoom).toBeCloseTo(55, 0);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Lũng Cú Flag Tower');
    // The viewer's own words follow: the hotspot (behind the tourist at this yaw, so hidden) has its English name.
    await expect.poll(() => page.locator('.hg-hotspot[aria-label="The 54 m² flag"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after walking to another scene in the viewer, the switch opens that scene', async () => {
    const { page, context } = await openPage(browser());
    await page.goto(`${baseUrl}/en/tours/cao-nguyen-da/cot-co-lung-cu/`);
    await waitForViewer(page, 'cot-co-lung-cu');
    // Walk the way the arrow (behind the tourist here) does.
    await page.$eval('hg-viewer', (el) => (el as HTMLElement & { goTo: (id: string) => Promise<void> }).goTo('pho-co-dong-van'));
    await waitForViewer(page, 'pho-co-dong-van');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/en/tours/cao-nguyen-da/pho-co-dong-van/');
    await page.getByRole('link', { name: 'VI' }).click();
    await page.waitForURL(/\/tours\/cao-nguyen-da\/pho-co-dong-van\//);
    expect(new URL(page.url()).pathname).toBe('/tours/cao-nguyen-da/pho-co-dong-van/');
    await waitForViewer(page, 'pho-co-dong-van');
    expect(await page.locator('h1').textContent()).toBe('Phố cổ Đồng Văn');
    await context.close();
  });

  it('every page names its twin (hreflang) and itself (canonical)', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/en/tours/hoang-su-phi/`);
    const links = await page.$$eval('link[rel="alternate"][hreflang]', (nodes) => nodes.map((n) => `${n.getAttribute('hreflang')} ${new URL(n.getAttribute('href')!).pathname}`));
    expect(links).toEqual(['vi /tours/hoang-su-phi/', 'en /en/tours/hoang-su-phi/', 'x-default /tours/hoang-su-phi/']);
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).pathname).toBe('/en/tours/hoang-su-phi/');
    expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('en_US');
    await context.close();
  });

  it('an untranslated scene shows Vietnamese with a notice; a translated one has none', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/en/tours/hoang-su-phi/ho-thau/`);
    expect(await page.locator('[data-untranslated]').textContent()).toMatch(/not translated yet/);
    expect(await page.locator('h1').textContent()).toBe('Hồ Thầu');
    // The page chrome is English all the same.
    expect(await page.getByRole('link', { name: 'Tours', exact: true }).count()).toBe(1);
    await page.goto(`${baseUrl}/en/tours/cao-nguyen-da/deo-ma-pi-leng/`);
    expect(await page.locator('[data-untranslated]').count()).toBe(0);
    await page.goto(`${baseUrl}/tours/hoang-su-phi/ho-thau/`);
    expect(await page.locator('[data-untranslated]').count()).toBe(0);
    await context.close();
  });

  it('geometry is written once: both languages open the scene with the same view and the same arrows', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    const config = async (path: string) => {
      await page.goto(`${baseUrl}${path}`);
      const tour = JSON.parse((await page.locator('hg-viewer script[type="application/json"]').textContent())!) as { scenes: { id: string; view: object; links: object[]; hotspots: { yaw: number; pitch: number }[]; location: object }[] };
      return tour.scenes.map(({ id, view, links, hotspots, location }) => ({ id, view, links, location, hotspots: hotspots.map((h) => [h.yaw, h.pitch]) }));
    };
    expect(await config('/en/tours/cao-nguyen-da/nha-vuong/')).toEqual(await config('/tours/cao-nguyen-da/nha-vuong/'));
    await context.close();
  });
});
