/**
 * Search as a tourist uses it, in Chromium on the built site: typing without accents, the first
 * results, where a click lands (a scene, or a scene turned to a hotspot), the keyboard, filters,
 * the /search/ page, and what it all costs to load.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './support/browser.ts';
import { readScene } from './support/content.ts';
import { queryBytes } from '../../scripts/bench/search.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const header = (page: Page) => page.locator('[data-site-search]');
const firstHit = (scope: ReturnType<typeof header>) => scope.locator('.search-hit:not(.search-hit--hotspot)').first();

/** Types into the header box the way a person does and waits for the list to answer. */
async function typeQuery(page: Page, query: string): Promise<void> {
  const input = page.locator('#site-search-input');
  await input.click();
  await input.fill('');
  await input.pressSequentially(query, { delay: 20 });
  // Generous: the first query of a page compiles Pagefind's wasm, slow when the suite loads both cores.
  await expect.poll(() => header(page).locator('.search-status').textContent(), { timeout: 30_000 }).toMatch(new RegExp(`“${query}”`));
}

describe('search box in the header', () => {
  it('loads nothing of the search until the box is focused', async () => {
    const { page, errors } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // A page without a viewer: nothing else is loading, so every request after `/` is the search's.
    await page.goto(`${baseUrl}/about/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => /pagefind|search-ui/.test(path))).toEqual([]);

    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await expect.poll(() => requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it.each([
    ['ma pi leng', 'Đèo Mã Pí Lèng'],
    ['Mã Pí Lèng', 'Đèo Mã Pí Lèng'],
    ['dong van', 'Phố cổ Đồng Văn'],
    ['Đồng Văn', 'Phố cổ Đồng Văn'],
    ['lung cu', 'Cột cờ Lũng Cú'],
    ['Lũng Cú', 'Cột cờ Lũng Cú'],
    ['deo', 'Đèo Mã Pí Lèng'],
  ])('“%s” finds %s first, with its thumbnail, tour and snippet', async (query, title) => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/tours/`);
    await typeQuery(page, query);
    const hit = firstHit(header(page));
    expect(await hit.locator('.search-hit-title').textContent()).toBe(title);
    expect(await hit.locator('.search-hit-kicker').textContent()).toContain('Cao nguyên đá Đồng Văn');
    expect(await hit.locator('.search-hit-excerpt mark').count()).toBeGreaterThan(0);
    const image = hit.locator('img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
    // One result per page: the variants of a query never show a page twice.
    const urls = await header(page).locator('.search-hit:not(.search-hit--hotspot) > [role="option"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(new Set(urls).size).toBe(urls.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Issue 16: "Đồng" was not marked for "dong van" on English pages; excerpts repeated their heading.
  it.each([
    ['/en/', 'dong van'],
    ['/', 'dong van'],
    ['/en/', 'flag'],
    ['/en/', 'rice'],
  ])('on %s, “%s”: typed words are marked however spelled (Đồng for dong), and no excerpt repeats its title', async (path, query) => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}${path}`);
    await typeQuery(page, query);
    const hits = await header(page)
      .locator('.search-hit:not(.search-hit--hotspot)')
      .evaluateAll((items) =>
        items.map((item) => ({
          title: item.querySelector('.search-hit-title')!.textContent!,
          excerpt: item.querySelector('.search-hit-excerpt')!.textContent!,
          marked: [...item.querySelectorAll('.search-hit-excerpt mark')].map((mark) => mark.textContent!.replace(/[^\p{L}]+$/u, '')),
        })),
      );
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) {
      const titleWords = hit.title.split(' ');
      // The whole title as a sentence of its own, or its last words where the excerpt starts.
      expect(hit.excerpt, hit.title).not.toContain(`${hit.title}.`);
      for (let from = 1; from < titleWords.length - 1; from++) expect(hit.excerpt, hit.title).not.toMatch(new RegExp(`^… ${titleWords.slice(from).join(' ')}\\.`));
      if (query === 'dong van' && /Đồng Văn/.test(hit.excerpt)) expect(hit.marked, hit.excerpt).toEqual(expect.arrayContaining(['Đồng', 'Văn']));
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a scene result on its scene, from the keyboard', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await typeQuery(page, 'ma pi leng');
    const input = page.locator('#site-search-input');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const active = await input.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/tours/cao-nguyen-da/deo-ma-pi-leng/`);
    expect(await page.locator('[data-scene-panel] h1').textContent()).toBe('Đèo Mã Pí Lèng');
    await page.context().close();
  });

  it('opens a hotspot result on its scene turned to the hotspot', async () => {
    const scene = readScene('thanh-pho-ha-giang', 'bo-song-lo');
    // readScene keeps a hotspot's angles as written in the frontmatter.
    const hotspot = scene.hotspots.find((h) => h.id === 'song-lo')! as (typeof scene.hotspots)[number] & { yaw: number; pitch: number };
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    // Only the hotspot's text mentions China: the match is the hotspot, not the scene.
    await typeQuery(page, 'trung quoc');
    expect(await firstHit(header(page)).locator('.search-hit-title').textContent()).toBe(scene.title);
    const spot = header(page).locator('.search-hit--hotspot').first();
    expect(await spot.locator('.search-hit-title').textContent()).toBe(hotspot.title);
    await spot.locator('[role="option"]').click();
    await page.waitForURL((url) => url.pathname === '/tours/thanh-pho-ha-giang/bo-song-lo/');
    // Compared as numbers: the viewer may rewrite the address in its own format (yaw=30.0).
    const landed = Object.fromEntries([...new URL(page.url()).searchParams].map(([key, value]) => [key, Number(value)]));
    expect(landed).toEqual({ yaw: hotspot.yaw, pitch: hotspot.pitch, zoom: scene.view.zoom });

    // The viewer's side of the deep link, once it exposes its view (skipped before that).
    const hasView = await page.evaluate(async () => {
      await Promise.race([customElements.whenDefined('hg-viewer'), new Promise((r) => setTimeout(r, 10_000))]);
      return 'view' in (document.querySelector('hg-viewer') ?? {});
    });
    if (!hasView) {
      console.info('[search] <hg-viewer> has no `view` getter yet: checked the address only');
      return page.context().close();
    }
    await page.waitForSelector('hg-viewer[data-state="sharp"]', { timeout: 45_000 });
    const facing = async () => {
      const view = await page.evaluate(() => (document.querySelector('hg-viewer') as HTMLElement & { view?: { yaw: number; pitch: number; zoom: number } }).view);
      if (!view) return Infinity;
      const yaw = Math.abs((((view.yaw - hotspot.yaw) % 360) + 540) % 360 - 180);
      return Math.max(yaw, Math.abs(view.pitch - hotspot.pitch), Math.abs(view.zoom - scene.view.zoom));
    };
    await expect.poll(facing, { timeout: 20_000 }).toBeLessThan(1.5);
    await page.context().close();
  });

  it('moves with the arrow keys, closes with Escape, empties with a second Escape', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await typeQuery(page, 'song lo');
    const input = page.locator('#site-search-input');
    const options = header(page).locator('[role="option"]');
    const count = await options.count();
    expect(count).toBeGreaterThan(2);
    await page.keyboard.press('ArrowUp'); // from the box, ↑ goes to the last option
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.last().getAttribute('id'));
    await page.keyboard.press('ArrowDown'); // and wraps to the first
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));
    expect(await header(page).locator('[aria-selected="true"]').count()).toBe(1);
    // The active option is visibly marked (the focus ring stays on the box).
    expect(await options.first().evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe('none');

    await page.keyboard.press('Escape');
    expect(await header(page).locator('[data-search-panel]').isHidden()).toBe(true);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('passes axe with the results open', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await typeQuery(page, 'dong van');
    // Evaluated, not added as a <script>: the site's Content-Security-Policy blocks inline scripts it did not hash.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Element): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      return (await axe.run(document.querySelector('[data-site-search]')!)).violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('costs little to load for one query', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await page.waitForLoadState('networkidle');
    const cost = await queryBytes(page, () => typeQuery(page, 'dong van'));
    console.info(`[search] one query in Chromium: ${(cost.total / 1024).toFixed(1)} KiB in ${cost.files} files (${cost.summary})`);
    expect(cost.files).toBeGreaterThan(3);
    expect(cost.total).toBeLessThan(200 * 1024);
    await page.context().close();
  });
});

describe('the /search/ page', () => {
  it('reads ?q=, filters by type and category, and keeps them in the address', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/search/?q=dong+van`);
    const form = page.locator('[data-search-page]');
    await expect.poll(() => page.locator('#search-page-input').inputValue()).toBe('dong van');
    await expect.poll(() => firstHit(form).locator('.search-hit-title').textContent(), { timeout: 15_000 }).toBe('Phố cổ Đồng Văn');
    const types = await form.locator('select[name="type"] option').allTextContents();
    expect(types).toEqual(expect.arrayContaining(['Tất cả', 'Tour', 'Điểm 360°']));

    await form.locator('select[name="type"]').selectOption('tour');
    await expect.poll(() => form.locator('.search-hit:not(.search-hit--hotspot)').evaluateAll((hits) => hits.map((h) => (h as HTMLElement).dataset.type))).toEqual(
      expect.arrayContaining(['tour']),
    );
    expect(new Set(await form.locator('.search-hit:not(.search-hit--hotspot)').evaluateAll((hits) => hits.map((h) => (h as HTMLElement).dataset.type)))).toEqual(new Set(['tour']));
    expect(new URL(page.url()).searchParams.get('type')).toBe('tour');

    // A category without words lists everything in it.
    await page.goto(`${baseUrl}/search/?category=${encodeURIComponent('Thiên nhiên')}`);
    await expect.poll(() => form.locator('.search-hit:not(.search-hit--hotspot) .search-hit-title').allTextContents(), { timeout: 15_000 }).toEqual(
      expect.arrayContaining(['Ruộng bậc thang Hoàng Su Phì', 'Bản Luốc', 'Hồ Thầu']),
    );
    expect(await form.locator('.search-hit').count()).toBe(3);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says what to do without JavaScript, and the header box still leads to it', async () => {
    const { page } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/`);
    await page.locator('#site-search-input').fill('dong van');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${baseUrl}/search/?q=dong+van`);
    expect(await page.locator('.search-noscript').textContent()).toContain('cần JavaScript');
    await page.context().close();
  });
});

describe('the index', () => {
  it('holds each tour and scene once, and no page without its own content', async () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8')) as { languages: Record<string, { page_count: number }> };
    // Tours are dist/tours/<tour>/, scenes dist/tours/<tour>/<scene>/.
    const dirs = (path: string) => readdirSync(path, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(`${path}/${d.name}/index.html`)).map((d) => `${path}/${d.name}`);
    const tours = dirs('dist/tours');
    const scenes = tours.flatMap(dirs);
    const articles = readdirSync('content/articles').filter((f) => /^[^.]+\.mdx$/.test(f));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'vi']);
    // Every language has every tour, scene and article once (untranslated ones in Vietnamese words).
    expect(entry.languages.vi!.page_count).toBe(tours.length + scenes.length + articles.length);
    expect(entry.languages.en!.page_count).toBe(tours.length + scenes.length + articles.length);

    // The home page and /search/ are not results: their own words find nothing.
    const { page } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    // Other pages share some of its words; none of the results may be the home page itself.
    await typeQuery(page, 'dung giua nui da nhin quanh mot vong');
    const hrefs = await header(page).locator('.search-hit a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.filter((href) => href === '/' || href === '/search/')).toEqual([]);
    await page.context().close();
  });
});
