/**
 * Words of the search UI, per language. The page's `<html lang>` picks them (and Pagefind picks
 * its index the same way), so an English page gets English words and English results.
 */
export interface SearchStrings {
  /** Address of the search page in this language. */
  page: string;
  label: string;
  /** Label of the search page's box. */
  pageLabel: string;
  placeholder: string;
  submit: string;
  shortcut: string;
  typeLabel: string;
  anyType: string;
  /** Names of the page types a page declares in SearchData.astro. */
  types: Record<string, string>;
  categoryLabel: string;
  anyCategory: string;
  resultsLabel: string;
  hint: string;
  searching: string;
  results: (count: number, query: string) => string;
  none: (query: string) => string;
  seeAll: (count: number) => string;
  more: string;
  tourOf: (tour: string) => string;
  hotspotIn: (scene: string) => string;
  failed: string;
  noScript: string;
}

const vi: SearchStrings = {
  page: '/search/',
  label: 'Tìm kiếm',
  pageLabel: 'Tìm tour, điểm 360° hoặc bài viết',
  placeholder: 'Tìm địa điểm, tour…',
  submit: 'Tìm',
  shortcut: 'Nhấn / để tìm kiếm',
  typeLabel: 'Loại',
  anyType: 'Tất cả',
  types: { tour: 'Tour', scene: 'Điểm 360°', article: 'Bài viết' },
  categoryLabel: 'Chủ đề',
  anyCategory: 'Tất cả chủ đề',
  resultsLabel: 'Kết quả tìm kiếm',
  hint: 'Gõ tên một địa điểm, có dấu hay không dấu đều được: “ma pi leng”, “Lũng Cú”.',
  searching: 'Đang tìm…',
  results: (count, query) => (query ? `${count} kết quả cho “${query}”` : `${count} kết quả`),
  none: (query) => `Không tìm thấy kết quả nào cho “${query}”. Thử bớt một từ, hoặc bỏ bộ lọc.`,
  seeAll: (count) => `Xem tất cả ${count} kết quả`,
  more: 'Hiện thêm kết quả',
  tourOf: (tour) => `Tour ${tour}`,
  hotspotIn: (scene) => `Điểm đáng chú ý · ${scene}`,
  failed: 'Không tải được công cụ tìm kiếm. Kiểm tra kết nối mạng rồi tải lại trang.',
  noScript: 'Tìm kiếm cần JavaScript. Bạn vẫn có thể xem tất cả các tour ở trang Các tour.',
};

const en: SearchStrings = {
  page: '/en/search/',
  label: 'Search',
  pageLabel: 'Search tours, 360° views and articles',
  placeholder: 'Search places, tours…',
  submit: 'Search',
  shortcut: 'Press / to search',
  typeLabel: 'Type',
  anyType: 'All',
  types: { tour: 'Tour', scene: '360° view', article: 'Article' },
  categoryLabel: 'Topic',
  anyCategory: 'All topics',
  resultsLabel: 'Search results',
  hint: 'Type a place name, with or without accents: “ma pi leng”, “Lũng Cú”.',
  searching: 'Searching…',
  results: (count, query) => (query ? `${count} results for “${query}”` : `${count} results`),
  none: (query) => `Nothing found for “${query}”. Try fewer words, or clear the filters.`,
  seeAll: (count) => `See all ${count} results`,
  more: 'Show more results',
  tourOf: (tour) => `Tour: ${tour}`,
  hotspotIn: (scene) => `Point of interest · ${scene}`,
  failed: 'The search could not load. Check your connection and reload the page.',
  noScript: 'Search needs JavaScript. You can still browse every tour on the Tours page.',
};

const STRINGS: Record<string, SearchStrings> = { vi, en };

/** Strings for a language tag such as `vi` or `en-GB`; the site's first language otherwise. */
export function searchStrings(lang: string | undefined): SearchStrings {
  return STRINGS[(lang ?? '').split('-')[0]!.toLowerCase()] ?? vi;
}
