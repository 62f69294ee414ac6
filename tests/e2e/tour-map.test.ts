/**
 * The drawn tour map (tour page and the viewer's mini map) speaks the page's language, keeps its
 * labels inside the picture and apart, and follows the dark scheme (issue 16, item 6).
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { readScene } from './support/content.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const SCENES = ['cong-troi-quan-ba', 'nha-vuong', 'pho-co-dong-van', 'cot-co-lung-cu', 'deo-ma-pi-leng'];

/** The label boxes of an SVG map as Chromium lays them out, and the map's size. */
async function labelBoxes(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const svg = document.querySelector('svg')!;
    const boxes = [...svg.querySelectorAll('text')].map((t) => {
      const b = t.getBBox();
      return { text: t.textContent!, left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
    });
    return { boxes, width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height };
  });
}

describe('tour map', () => {
  it('on English pages shows English names, inside the picture and apart', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/en/tours/cao-nguyen-da/`);
    const src = await page.locator('.tour-map img').getAttribute('src');
    await page.goto(new URL(src!, baseUrl).href);
    const { boxes, width, height } = await labelBoxes(page);
    const vietnamese = SCENES.map((id) => readScene('cao-nguyen-da', id).title);
    const texts = boxes.map((b) => b.text.replace(/\s+/g, ''));
    // English titles come from the translation files; none of the Vietnamese ones may show.
    for (const vi of vietnamese) expect(texts).not.toContain(vi.replace(/\s+/g, ''));
    expect(texts).toContain('LũngCúFlagTower');
    for (const b of boxes) {
      expect(b.left, b.text).toBeGreaterThanOrEqual(0);
      expect(b.right, b.text).toBeLessThanOrEqual(width);
      expect(b.top, b.text).toBeGreaterThanOrEqual(0);
      expect(b.bottom, b.text).toBeLessThanOrEqual(height);
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
        expect(apart, `${a.text} / ${b.text}`).toBe(true);
      }
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the viewer’s mini map on an English scene page is the English map', async () => {
    const { page } = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl}/en/tours/cao-nguyen-da/nha-vuong/`);
    await expect.poll(() => requests.includes('/tours/cao-nguyen-da/map.en.svg'), { timeout: 45_000 }).toBe(true);
    expect(requests).not.toContain('/tours/cao-nguyen-da/map.svg');
    await page.context().close();
  });

  it('is dark on a dark page', async () => {
    const { page } = await openPage(browser(), { colorScheme: 'dark' });
    await page.goto(`${baseUrl}/tours/cao-nguyen-da/map.svg`);
    const fill = await page.evaluate(() => getComputedStyle(document.querySelector('rect')!).fill);
    const [r, g, b] = fill.match(/\d+/g)!.map(Number);
    expect((r! + g! + b!) / 3).toBeLessThan(80);
    await page.context().close();
  });
});

describe('/map/ on a phone', () => {
  it('keeps tour names inside the map, leaves the scene markers visible and opens popups clear of the +/− buttons', async () => {
    const { page, errors } = await openPage(browser(), { width: 390, height: 844 });
    await page.goto(`${baseUrl}/en/map/`);
    await page.waitForSelector('[data-poi-map][data-ready]');
    const inside = await page.evaluate(() => {
      const map = document.querySelector('[data-poi-map]')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.poi-label')].map((l) => {
        const b = l.getBoundingClientRect();
        return { text: l.textContent, ok: b.left >= map.left && b.right <= map.right, box: [Math.round(b.left), Math.round(b.right)], map: [map.left, map.right] };
      });
    });
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.filter((l) => !l.ok)).toEqual([]);
    // Every scene marker can be seen and pressed: nothing lies on its centre.
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.poi-marker.scene')].filter((m) => {
        const b = m.getBoundingClientRect();
        const top = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
        return top !== m && !m.contains(top);
      }).map((m) => {
        const b = m.getBoundingClientRect();
        return `${m.title} under ${document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2)?.className}`;
      }),
    );
    expect(hidden).toEqual([]);
    // The popup of the top-left-most marker does not slide under the zoom buttons.
    const marker = await page.evaluate(() => {
      const markers = [...document.querySelectorAll<HTMLElement>('.poi-marker')];
      markers.sort((a, b) => a.getBoundingClientRect().top + a.getBoundingClientRect().left - (b.getBoundingClientRect().top + b.getBoundingClientRect().left));
      return markers[0]!.title;
    });
    await page.locator(`.poi-marker[title="${marker}"]`).click({ force: true });
    await page.waitForSelector('.leaflet-popup');
    await page.waitForTimeout(800);
    const [popup, zoom] = await Promise.all([page.locator('.leaflet-popup-content-wrapper').boundingBox(), page.locator('.leaflet-control-zoom').boundingBox()]);
    const apart = popup!.x >= zoom!.x + zoom!.width || popup!.y >= zoom!.y + zoom!.height || popup!.x + popup!.width <= zoom!.x || popup!.y + popup!.height <= zoom!.y;
    expect(apart, `popup ${JSON.stringify(popup)} zoom ${JSON.stringify(zoom)}`).toBe(true);
    expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });
});

// Issue 16: two long tour names nearly touched on phones (and overlapped on a 360-px one).
describe('/map/ tour names', () => {
  it.each([
    ['/en/map/', 390, 844],
    ['/map/', 390, 844],
    ['/map/', 360, 740],
    ['/en/map/', 1440, 900],
  ])('on %s at %i px, stay inside the map and at least 4 px apart', async (path, width, height) => {
    const { page } = await openPage(browser(), { width, height });
    await page.goto(`${baseUrl}${path}`);
    await page.waitForSelector('[data-poi-map][data-ready]');
    const { labels, map } = await page.evaluate(() => {
      const box = (el: Element) => {
        const b = el.getBoundingClientRect();
        return { text: el.textContent!, left: b.left, top: b.top, right: b.right, bottom: b.bottom };
      };
      return { labels: [...document.querySelectorAll('.poi-label')].map(box), map: box(document.querySelector('[data-poi-map]')!) };
    });
    expect(labels.length).toBeGreaterThan(1);
    for (const l of labels) expect(l.left >= map.left && l.right <= map.right && l.top >= map.top && l.bottom <= map.bottom, `${l.text} ${JSON.stringify(l)}`).toBe(true);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const gap = Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);
        expect(gap, `${a.text} ${JSON.stringify(a)} / ${b.text} ${JSON.stringify(b)}`).toBeGreaterThanOrEqual(4);
      }
    }
    await page.context().close();
  });
});
