/**
 * The build's search step on a small two-language site: what Pagefind 1.6 does with Vietnamese
 * by itself, what our query variants add, which pages get in, and one index per language.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagefindApi } from '../../src/search/search-engine.ts';
import { buildIndex } from '../../src/integrations/search/pagefind-index.ts';
import { measureQuery, searchInNode } from '../../scripts/bench/search-in-node.ts';

const page = (lang: string, body: string, head = '') => `<!doctype html><html lang="${lang}"><head><title>t</title>${head}</head><body><header>Tìm kiếm Đồng Văn</header>${body}</body></html>`;
const data = (values: Record<string, string>) =>
  `<div hidden>${Object.entries(values)
    .map(([key, value]) => (key === 'image' ? `<span data-pagefind-meta="image[data-value]" data-value="${value}"></span>` : `<span data-pagefind-filter="${key}[data-value]" data-value="${value}"></span>`))
    .join('')}</div>`;

const SITE: Record<string, string> = {
  'tours/cao-nguyen-da/index.html': page('vi', `<main><h1 data-pagefind-body>Cao nguyên đá Đồng Văn</h1><p data-pagefind-body>Vùng núi đá vôi.</p>${data({ type: 'tour', tour: 'Cao nguyên đá Đồng Văn' })}</main>`),
  'tours/cao-nguyen-da/deo-ma-pi-leng/index.html': page(
    'vi',
    `<article data-pagefind-body>${data({ type: 'scene', tour: 'Cao nguyên đá Đồng Văn', image: '/thumb.webp', view: 'hotspot-song-nho-que 0 -14 35' })}
     <h1>Đèo Mã Pí Lèng</h1><p>Con đèo nối Đồng Văn với Mèo Vạc.</p>
     <dl><dt id="hotspot-song-nho-que" data-pagefind-title="Sông Nho Quế">Sông Nho Quế</dt> <dd>Dòng sông màu xanh ngọc dưới hẻm vực Tu Sản.</dd></dl></article>`,
  ),
  'en/tours/cao-nguyen-da/cot-co-lung-cu/index.html': page('en', `<article data-pagefind-body><h1>Lũng Cú flag tower</h1><p>The flagpole on Dragon Mountain.</p>${data({ type: 'scene' })}</article>`),
  'index.html': page('vi', '<main><h1>Hà Giang 360</h1><p>Đứng giữa núi đá, nhìn quanh một vòng.</p></main>'),
  '404.html': page('vi', '<main><h1>Không tìm thấy trang</h1></main>'),
  'embed/deo-ma-pi-leng/index.html': page('vi', '<main><h1>Đèo Mã Pí Lèng</h1></main>'),
};

let site: string;
let bundle: string;

beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'hg360-search-'));
  for (const [file, html] of Object.entries(SITE)) {
    await mkdir(dirname(join(site, file)), { recursive: true });
    await writeFile(join(site, file), html);
  }
  await buildIndex(site);
  bundle = join(site, 'pagefind');
}, 60_000);
afterAll(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

/** Titles found for `query` in the `lang` index, through our engine (variants and all). */
async function titles(query: string, lang = 'vi'): Promise<string[]> {
  const { value } = await searchInNode(bundle, lang, async (engine) => (await (await engine.search(query)).load(0, 10)).map((hit) => hit.title));
  return value;
}

describe('search index', () => {
  it('makes one index per page language, with only the pages marked data-pagefind-body', async () => {
    const report = await buildIndex(site);
    expect(Object.fromEntries(report.languages.map((l) => [l.lang, l.pages]))).toEqual({ vi: 2, en: 1 });
    expect(report.topLanguage).toBe('vi');
    // The home page, the 404 and the embed have no body of their own: their words find nothing.
    expect(await titles('nhin quanh mot vong')).toEqual([]);
    expect(await titles('khong tim thay')).toEqual([]);
    expect(await titles('deo ma pi leng')).toEqual(['Đèo Mã Pí Lèng']);
  });

  it('keeps only what the site loads from Pagefind’s bundle', async () => {
    const files = await readdir(bundle);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });

  it('finds Vietnamese typed without accents, and with them', async () => {
    expect(await titles('ma pi leng')).toEqual(['Đèo Mã Pí Lèng']);
    expect(await titles('Mã Pí Lèng')).toEqual(['Đèo Mã Pí Lèng']);
    expect(await titles('dong van')).toEqual(expect.arrayContaining(['Cao nguyên đá Đồng Văn', 'Đèo Mã Pí Lèng']));
    expect(await titles('Đồng Văn')).toEqual(expect.arrayContaining(['Cao nguyên đá Đồng Văn', 'Đèo Mã Pí Lèng']));
    // The words of the header (outside data-pagefind-body) are not indexed.
    expect(await titles('tim kiem')).toEqual([]);
  });

  it('needs the đ variants: Pagefind 1.6 folds accents, not đ', async () => {
    // If this starts to fail, Pagefind folds đ itself and src/search/query-variants.ts can go.
    const { value } = await searchInNode(bundle, 'vi', async () => {
      const pagefind = (await import(/* @vite-ignore */ `${new URL(`file://${bundle}/pagefind.js`).href}?raw=${Math.random()}`)) as PagefindApi;
      const count = async (term: string) => (await pagefind.search(term))?.results.length ?? 0;
      // One word each: Pagefind 1.6 returns pages that match any word of a query.
      return { accentTypedPlain: await count('meo'), dTypedPlain: await count('deo'), dTypedAsD: await count('đeo') };
    });
    expect(value).toEqual({ accentTypedPlain: 1, dTypedPlain: 0, dTypedAsD: 1 });
  });

  it('finds English pages in the English index only', async () => {
    expect(await titles('flagpole dragon', 'en')).toEqual(['Lũng Cú flag tower']);
    expect(await titles('lung cu', 'en')).toEqual(['Lũng Cú flag tower']);
    expect(await titles('flagpole', 'vi')).toEqual([]);
  });

  it('turns a hit in a hotspot into a link to the scene facing it', async () => {
    const { value } = await searchInNode(bundle, 'vi', async (engine) => (await engine.search('xanh ngoc')).load(0, 1));
    expect(value[0]).toMatchObject({
      title: 'Đèo Mã Pí Lèng',
      tour: 'Cao nguyên đá Đồng Văn',
      image: '/thumb.webp',
      hotspots: [{ title: 'Sông Nho Quế', url: '/tours/cao-nguyen-da/deo-ma-pi-leng/?yaw=0&pitch=-14&zoom=35' }],
    });
  });

  it('counts what one query fetches', async () => {
    const cost = await measureQuery(bundle, 'vi', 'dong van');
    expect(cost.results).toBe(2);
    expect(cost.files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
    expect(cost.files.some((f) => f.startsWith('fragment/vi_'))).toBe(true);
    expect(cost.files.some((f) => f.includes('en_'))).toBe(false);
    expect(cost.bytes).toBeGreaterThan(50 * 1024);
  });
});
