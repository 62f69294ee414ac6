import { describe, expect, it } from 'vitest';
import { decodeViews, encodeView, toHit, viewUrl, type PagefindResultData } from '../../src/search/hits.ts';
import { foldWord, markQueryWords, withoutHeadings } from '../../src/search/excerpt.ts';
import { MAX_VARIANTS, queryVariants } from '../../src/search/query-variants.ts';
import { searchStrings } from '../../src/components/search/strings.ts';

describe('queryVariants', () => {
  it('also searches đ for a word typed with d, whatever the page’s language', () => {
    expect(queryVariants('dong van')).toEqual(['dong van', 'đong van']);
    expect(queryVariants('  Deo   ma pi leng ')).toEqual(['Deo ma pi leng', 'đeo ma pi leng']);
  });

  it('varies only first letters, and keeps an accented query as typed first', () => {
    expect(queryVariants('lung cu')).toEqual(['lung cu']);
    expect(queryVariants('Đồng Văn')).toEqual(['Đồng Văn']);
    expect(queryVariants('dinh dong')).toEqual(['dinh dong', 'dinh đong', 'đinh dong', 'đinh đong']);
  });

  it('stops multiplying at MAX_VARIANTS', () => {
    const variants = queryVariants('di dong dao duong den');
    expect(variants).toHaveLength(MAX_VARIANTS);
    expect(variants[0]).toBe('di dong dao duong den');
  });

  it('leaves words that cannot be Vietnamese alone, and an empty query empty', () => {
    expect(queryVariants('dragon mountain')).toEqual(['dragon mountain']);
    // An English page names Đồng Văn too (issue 16): the same variants there.
    expect(queryVariants('dong van')).toEqual(['dong van', 'đong van']);
    expect(queryVariants('   ')).toEqual([]);
  });
});

describe('search results', () => {
  const data: PagefindResultData = {
    url: '/tours/thanh-pho-ha-giang/bo-song-lo/',
    excerpt: 'Bờ <mark>sông</mark> Lô. Đứng bên bờ <mark>sông</mark> Lô',
    meta: { title: 'Bờ sông Lô', image: '/_pano/abc/thumb-256.webp' },
    filters: { type: ['scene'], tour: ['Thành phố Hà Giang bên sông Lô'], category: ['Văn hoá'], view: [encodeView('hotspot-song-lo', { yaw: 30, pitch: -18, zoom: 40 })] },
    sub_results: [
      { title: 'Bờ sông Lô', url: '/tours/thanh-pho-ha-giang/bo-song-lo/', excerpt: 'Đứng bên bờ <mark>sông</mark>' },
      { title: 'Sông Lô', url: '/tours/thanh-pho-ha-giang/bo-song-lo/#hotspot-song-lo', excerpt: '<mark>Sông</mark> Lô <mark>Sông</mark> Lô bắt nguồn', anchor: { element: 'dt', id: 'hotspot-song-lo' } },
      { title: 'Điểm đáng chú ý', url: '/tours/thanh-pho-ha-giang/bo-song-lo/#hotspots-heading', excerpt: '…', anchor: { element: 'h2', id: 'hotspots-heading' } },
    ],
  };

  it('turns a scene into one hit whose matching hotspots link to their view', () => {
    expect(toHit('vi_1', data)).toEqual({
      id: 'vi_1',
      url: '/tours/thanh-pho-ha-giang/bo-song-lo/',
      title: 'Bờ sông Lô',
      type: 'scene',
      tour: 'Thành phố Hà Giang bên sông Lô',
      category: 'Văn hoá',
      image: '/_pano/abc/thumb-256.webp',
      excerpt: 'Đứng bên bờ <mark>sông</mark> Lô',
      hotspots: [{ title: 'Sông Lô', url: '/tours/thanh-pho-ha-giang/bo-song-lo/?yaw=30&pitch=-18&zoom=40', excerpt: '<mark>Sông</mark> Lô bắt nguồn' }],
    });
  });

  it('writes the view deep link in degrees, zoom optional', () => {
    expect(viewUrl('/tours/a/b/#hotspot-x', { yaw: -40, pitch: 2.5 })).toBe('/tours/a/b/?yaw=-40&pitch=2.5');
    expect([...decodeViews(['hotspot-x -40 2.5 30', 'broken', 'hotspot-y 1 2'])]).toEqual([
      ['hotspot-x', { yaw: -40, pitch: 2.5, zoom: 30 }],
      ['hotspot-y', { yaw: 1, pitch: 2 }],
    ]);
  });

  it('drops the title from the start of an excerpt only when it is really there', () => {
    expect(withoutHeadings('Phố cổ <mark>Đồng</mark> <mark>Văn.</mark> Phố cổ', ['Phố cổ Đồng Văn'])).toBe('Phố cổ');
    expect(withoutHeadings('… núi đôi Cô Tiên.', ['Núi đôi'])).toBe('… núi đôi Cô Tiên.');
    expect(withoutHeadings('Núi đôi', ['Núi đôi'])).toBe('Núi đôi');
  });

  // Excerpts of the built demo (issue 16: "a search excerpt repeats its heading").
  it('drops a heading Pagefind left inside the excerpt, not prose that names the place', () => {
    const plateau = '… thắng · <mark>Đồng</mark> <mark>Văn,</mark> Tuyên Quang (trước 2025: tỉnh Hà Giang). Cao nguyên đá <mark>Đồng</mark> <mark>Văn.</mark>';
    expect(withoutHeadings(`${plateau} Cao nguyên đá <mark>Đồng</mark> <mark>Văn</mark> trải qua các …`, ['Cao nguyên đá Đồng Văn'])).toBe(
      '… thắng · <mark>Đồng</mark> <mark>Văn,</mark> Tuyên Quang (trước 2025: tỉnh Hà Giang). Cao nguyên đá <mark>Đồng</mark> <mark>Văn</mark> trải qua các …',
    );
    expect(withoutHeadings('… Cú <mark>Flag</mark> Tower. The Lũng Cú <mark>flag</mark> tower stands on top', ['Lũng Cú Flag Tower'])).toBe('… The Lũng Cú <mark>flag</mark> tower stands on top');
    expect(withoutHeadings('… Dinh thự Dinh thự được <mark>dòng</mark> họ Vương', ['Dinh thự họ Vương', 'Dinh thự'])).toBe('… Dinh thự được <mark>dòng</mark> họ Vương');
    expect(withoutHeadings('… the Lũng Cú flag tower and over the pass.', ['Lũng Cú Flag Tower'])).toBe('… the Lũng Cú flag tower and over the pass.');
  });

  it('marks the typed words however the page spells them, đ included, in any language', () => {
    expect(foldWord('Đồng')).toBe('dong');
    expect(markQueryWords('The Đồng <mark>Văn,</mark> old quarter &amp; Dong', 'dong van')).toBe('The <mark>Đồng</mark> <mark>Văn,</mark> old quarter &amp; <mark>Dong</mark>');
    expect(markQueryWords('A <b>', '')).toBe('A <b>');
  });
});

describe('searchStrings', () => {
  it('speaks the page’s language, Vietnamese when unknown', () => {
    expect(searchStrings('en-GB').page).toBe('/en/search/');
    expect(searchStrings('vi').results(3, 'dong van')).toBe('3 kết quả cho “dong van”');
    expect(searchStrings('fr')).toBe(searchStrings('vi'));
  });
});
