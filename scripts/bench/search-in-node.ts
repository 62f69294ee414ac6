/**
 * Our search engine (src/search/) run in Node on a written Pagefind bundle: what a query finds and
 * which files it reads, the same files a browser fetches (tests/e2e/search.test.ts checks the
 * browser's figure). Used by the search unit tests and the search benchmark, never by the build:
 * it stands in for `fetch` and `document` while it runs.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createSearchEngine, type PagefindApi, type SearchEngine } from '../../src/search/search-engine.ts';

/** Results the header box shows for a query: their fragments count in the query's cost. */
const RESULTS_SHOWN = 6;
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

export interface QueryCost {
  bytes: number;
  gzip: number;
  results: number;
  /** "pagefind.js 46.1, wasm 54.0, …" in KiB. */
  parts: string;
  files: string[];
}

/**
 * Runs `use` with our search engine on a written bundle, in Node, and notes every file Pagefind
 * reads: the same files a browser fetches (tests/e2e/search.test.ts checks the browser's figure).
 */
export async function searchInNode<T>(bundle: string, lang: string, use: (engine: SearchEngine) => Promise<T>): Promise<{ value: T; read: string[] }> {
  const read = new Set<string>(['pagefind.js']);
  const globals = globalThis as { fetch: typeof fetch; document?: unknown };
  const { fetch: realFetch, document: realDocument } = globals;
  globals.fetch = (async (input: string | URL) => {
    const file = fileURLToPath(String(input).split('?')[0]!);
    read.add(relative(bundle, file));
    return new Response(await readFile(file));
  }) as typeof fetch;
  // Pagefind picks the index of `<html lang>`; in Node, this stands in for the page.
  globals.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
  try {
    const script = pathToFileURL(join(bundle, 'pagefind.js'));
    script.searchParams.set('instance', `${lang}-${Date.now()}-${Math.random()}`); // a fresh module: Pagefind keeps one index per module
    const engine = createSearchEngine(() => import(/* @vite-ignore */ script.href) as Promise<PagefindApi>);
    return { value: await use(engine), read: [...read] };
  } finally {
    globals.fetch = realFetch;
    if (realDocument === undefined) delete globals.document;
    else globals.document = realDocument;
  }
}

/** What the header box fetches for `query`: filter lists, the search, the fragments of the results shown. */
export async function measureQuery(bundle: string, lang: string, query: string): Promise<QueryCost> {
  const { value: results, read: files } = await searchInNode(bundle, lang, async (engine) => {
    await engine.facets(); // the box fills its filters when it opens
    const found = await engine.search(query);
    await found.load(0, RESULTS_SHOWN);
    return found.total;
  });
  const sizes = await Promise.all(files.map((file) => fileSize(join(bundle, file))));
  const kinds = new Map<string, number>();
  files.forEach((file, i) => {
    const kind = file === 'pagefind.js' ? 'pagefind.js' : file.startsWith('wasm.') ? 'wasm' : /\.(json|pf_meta)$/.test(file) ? 'metadata' : file.split('/')[0]!;
    kinds.set(kind, (kinds.get(kind) ?? 0) + sizes[i]!.bytes);
  });
  return {
    bytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
    gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
    results,
    parts: [...kinds].map(([kind, bytes]) => `${kind} ${kib(bytes)}`).join(', '),
    files,
  };
}

/** Size as stored, and as a server sends it: scripts gzipped, Pagefind's data files as they are (already compressed). */
async function fileSize(file: string): Promise<{ bytes: number; gzip: number }> {
  const body = await readFile(file);
  return { bytes: body.length, gzip: /\.(js|json)$/.test(file) ? gzipSync(body).length : body.length };
}
