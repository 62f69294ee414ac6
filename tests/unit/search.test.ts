import { describe, expect, it } from 'vitest';
import { decodeViews, encodeView, toHit, viewUrl, withoutLeadingTitle, type PagefindResultData } from '../../src/search/hits.ts';
import { MAX_VARIANTS, queryVariants } from '../../src/search/query-variants.ts';
import { searchStrings } from '../../src/components/search/strings.ts';

describe('queryVariants', () => {
  it('also searches đ for a Vietnamese word typed with d', () => {
    expect(queryVariants('dong van', 'vi')).toEqual(['dong van', 'đong van']);
    expect(queryVariants('  Deo   ma pi leng ', 'vi')).toEqual(['Deo ma pi leng', 'đeo ma pi leng']);
  });

  it('varies only first letters, and keeps an accented query as typed first', () => {
    expect(queryVariants('lung cu', 'vi')).toEqual(['lung cu']);
    expect(queryVariants('Đồng Văn', 'vi')).toEqual(['Đồng Văn']);
    expect(queryVariants('dinh dong', 'vi-VN')).toEqual(['dinh dong', 'dinh đong', 'đinh dong', 'đinh đong']);
  });

  it('stops multiplying at MAX_VARIANTS', () => {
    const variants = queryVariants('di dong dao duong den', 'vi');
    expect(variants).toHaveLength(MAX_VARIANTS);
    expect(variants[0]).toBe('di dong dao duong den');
  });

  it('leaves other languages alone, and an empty query empty', () => {
    expect(queryVariants('dragon mountain', 'en')).toEqual(['dragon mountain']);
    expect(queryVariants('   ', 'vi')).toEqual([]);
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
    expect(withoutLeadingTitle('Phố cổ <mark>Đồng</mark> <mark>Văn.</mark> Phố cổ', 'Phố cổ Đồng Văn')).toBe('Phố cổ');
    expect(withoutLeadingTitle('… núi đôi Cô Tiên.', 'Núi đôi')).toBe('… núi đôi Cô Tiên.');
    expect(withoutLeadingTitle('Núi đôi', 'Núi đôi')).toBe('Núi đôi');
  });
});

describe('searchStrings', () => {
  it('speaks the page’s language, Vietnamese when unknown', () => {
    expect(searchStrings('en-GB').page).toBe('/en/search/');
    expect(searchStrings('vi').results(3, 'dong van')).toBe('3 kết quả cho “dong van”');
    expect(searchStrings('fr')).toBe(searchStrings('vi'));
  });
});
