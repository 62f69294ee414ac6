/**
 * The search behind the header box and the /search/ page: Pagefind's JavaScript API, with the
 * query variants Pagefind needs for Vietnamese typed without accents. Isomorphic: the build runs it
 * in Node to measure what one query costs (scripts/bench/search-in-node.ts).
 */
import { toHit, type PagefindResultData, type SearchHit } from './hits.ts';
import { queryVariants } from './query-variants.ts';

/** The parts of `/pagefind/pagefind.js` we call (https://pagefind.app/docs/api/). */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
  preload(term: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export const PAGEFIND_OPTIONS = {
  // The index holds a few dozen pages: a search takes milliseconds on the main thread, and the
  // worker would be one more 42 KiB script to fetch before the first result.
  noWorker: true,
  excerptLength: 24,
  excerptEllipsis: '…',
};

/** Filter name → chosen value; an empty value means "any". */
export type SearchFilters = Record<string, string | undefined>;

export interface SearchResults {
  total: number;
  /** Loads result data (one small fragment each) for the results in [from, to). */
  load(from: number, to: number): Promise<SearchHit[]>;
}

export interface SearchEngine {
  /** Starts fetching Pagefind (script, wasm, metadata) before the first query is typed. */
  warm(): Promise<void>;
  /** Every value of every filter in this language's index, with its page count. */
  facets(): Promise<Record<string, Record<string, number>>>;
  preload(text: string): void;
  search(text: string, filters?: SearchFilters): Promise<SearchResults>;
}

const NOTHING: SearchResults = { total: 0, load: async () => [] };

/**
 * Pagefind picks the index of the page's `<html lang>`; the query variants are the same in every
 * language. `baseUrl` is the site's base path, put in front of result URLs.
 */
export function createSearchEngine(importPagefind: () => Promise<PagefindApi>, baseUrl = '/'): SearchEngine {
  let ready: Promise<PagefindApi> | undefined;
  const pagefind = () => {
    ready ??= importPagefind().then(async (api) => {
      await api.options({ ...PAGEFIND_OPTIONS, baseUrl });
      await api.init();
      return api;
    });
    return ready;
  };

  return {
    warm: async () => void (await pagefind()),
    facets: async () => (await pagefind()).filters(),
    preload(text) {
      for (const term of queryVariants(text)) void pagefind().then((api) => api.preload(term));
    },
    async search(text, filters = {}) {
      const chosen = Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
      const terms: (string | null)[] = queryVariants(text);
      // No words but a filter: list everything in it (a category, or all articles).
      if (terms.length === 0 && Object.keys(chosen).length > 0) terms.push(null);
      if (terms.length === 0) return NOTHING;
      const api = await pagefind();
      const searches = await Promise.all(terms.map((term) => api.search(term, { filters: chosen })));
      // One page found by several variants is one result, with its best score.
      const best = new Map<string, PagefindResult>();
      for (const result of searches.flatMap((search) => search?.results ?? [])) {
        if ((best.get(result.id)?.score ?? -Infinity) < result.score) best.set(result.id, result);
      }
      const results = [...best.values()].sort((a, b) => b.score - a.score);
      return {
        total: results.length,
        load: (from, to) => Promise.all(results.slice(from, to).map(async (result) => toHit(result.id, await result.data(), text))),
      };
    },
  };
}
