/**
 * `node scripts/bench/search.ts [--write]`, after `npm run build`: the size of the Pagefind index
 * per language, and what a visitor's browser fetches for searches typed in the header box (cold:
 * the first query of a visit; warm: the next one). `--write` puts the tables in BENCHMARKS.md.
 * tests/e2e/search.test.ts uses `queryBytes` to keep the figure in check.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { writeBenchmarkSection } from './benchmarks-md.ts';

export interface QueryBytes {
  /** Bytes of search files (UI, Pagefind script, wasm, metadata, index, filters, fragments). */
  total: number;
  /** The same with scripts and JSON gzipped, as a server sends them (Pagefind's data is compressed already). */
  gzip: number;
  files: number;
  byKind: Record<string, number>;
  /** Result thumbnails, counted apart: they are pictures, not search. */
  thumbnails: number;
  summary: string;
}

const KINDS: [RegExp, string][] = [
  [/\/_astro\/search-ui\.[^/]+\.js$/, 'search UI'],
  [/\/pagefind\/pagefind\.js$/, 'pagefind.js'],
  [/\/pagefind\/wasm\.[^/]+$/, 'wasm'],
  [/\/pagefind\/(pagefind-entry\.json|[^/]+\.pf_meta)$/, 'metadata'],
  [/\/pagefind\/index\//, 'index'],
  [/\/pagefind\/filter\//, 'filters'],
  [/\/pagefind\/fragment\//, 'fragments'],
  [/\/pagefind\//, 'other Pagefind'],
  [/\/thumb-[^/]+$/, 'thumbnails'],
];

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

/** Bytes the page fetches for search while `action` runs (and until the network is quiet). */
export async function queryBytes(page: Page, action: () => Promise<void>): Promise<QueryBytes> {
  const pending: Promise<void>[] = [];
  const sizes = new Map<string, { kind: string; bytes: number; gzip: number }>();
  const onResponse = (response: Response) => {
    const path = new URL(response.url()).pathname;
    const kind = KINDS.find(([pattern]) => pattern.test(path))?.[1];
    if (!kind) return;
    pending.push(
      response.body().then(
        (body) => void sizes.set(path, { kind, bytes: body.length, gzip: /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length }),
        () => undefined,
      ),
    );
  };
  page.on('response', onResponse);
  try {
    await action();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
  } finally {
    page.off('response', onResponse);
  }
  const byKind: Record<string, number> = {};
  for (const { kind, bytes } of sizes.values()) byKind[kind] = (byKind[kind] ?? 0) + bytes;
  const { thumbnails = 0, ...search } = byKind;
  const searchFiles = [...sizes.values()].filter((s) => s.kind !== 'thumbnails');
  return {
    total: Object.values(search).reduce((a, b) => a + b, 0),
    gzip: searchFiles.reduce((sum, s) => sum + s.gzip, 0),
    files: searchFiles.length,
    byKind: search,
    thumbnails,
    summary: Object.entries(search)
      .map(([kind, bytes]) => `${kind} ${kib(bytes)}`)
      .join(', '),
  };
}

/** Index bytes per language, from what Pagefind wrote: every file of a language starts with `<lang>_`. */
export async function indexSizes(bundle: string): Promise<{ lang: string; pages: number; bytes: number; files: number }[]> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const all = (await readdir(bundle, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  return Promise.all(
    Object.entries(entry.languages).map(async ([lang, { page_count }]) => {
      const own = all.filter((file) => new RegExp(`[/.]${lang}_`).test(file));
      const sizes = await Promise.all(own.map((file) => stat(file).then((s) => s.size)));
      return { lang, pages: page_count, bytes: sizes.reduce((a, b) => a + b, 0), files: own.length };
    }),
  );
}

async function main(): Promise<void> {
  const { launchBrowser, openPage } = await import('../../tests/e2e/support/browser.ts');
  const { serveStatic } = await import('../support/static-server.ts');
  const dist = resolve('dist');
  const indexes = await indexSizes(join(dist, 'pagefind'));
  const runtime = await Promise.all(['pagefind.js', 'wasm.unknown.pagefind'].map((f) => stat(join(dist, 'pagefind', f)).then((s) => s.size)));

  const { server, url } = await serveStatic(dist);
  const browser = await launchBrowser();
  const rows: string[] = [];
  try {
    const { page } = await openPage(browser);
    await page.goto(`${url}/`);
    await page.waitForLoadState('networkidle');
    const input = page.locator('#site-search-input');
    for (const [label, query] of [
      ['first query of a visit', 'dong van'],
      ['next query, same visit', 'ma pi leng'],
      ['next query, same visit', 'trung quoc'],
    ] as const) {
      const cost = await queryBytes(page, async () => {
        await input.click();
        await input.fill(query);
        await page.locator('[data-site-search] .search-status').filter({ hasText: `“${query}”` }).waitFor();
      });
      rows.push(`| ${label}: “${query}” | ${kib(cost.total)} | ${kib(cost.gzip)} | ${cost.files} | ${cost.summary || '—'} | ${kib(cost.thumbnails)} |`);
      console.log(rows.at(-1));
    }
  } finally {
    await browser.close();
    server.close();
  }

  const section = [
    '## Search (Pagefind)',
    '',
    'Measured by `node scripts/bench/search.ts --write` on the built demo site: the header search box in headless',
    'Chromium, bytes as served; "gzip" counts scripts and JSON gzipped as a server sends them (Pagefind\'s index,',
    'fragments and wasm are compressed already). Thumbnails of the results shown are counted apart.',
    'The build prints the same figures in Node (`[hg360:search]` lines).',
    '',
    '| index | pages | files | KiB |',
    '|---|---:|---:|---:|',
    ...indexes.map((i) => `| ${i.lang} | ${i.pages} | ${i.files} | ${kib(i.bytes)} |`),
    `| shared: pagefind.js + wasm | | 2 | ${kib(runtime[0]! + runtime[1]!)} |`,
    '',
    '| search | KiB | KiB gzip | files | by kind (KiB) | thumbnails KiB |',
    '|---|---:|---:|---:|---|---:|',
    ...rows,
    '',
    'Nothing of the search loads with a page: the UI and Pagefind are fetched on the first focus of the box',
    '(or `/`). Pagefind runs on the main thread (`noWorker`): the index is small, and its worker would be',
    'another 42 KiB script.',
  ].join('\n');
  if (process.argv.includes('--write')) {
    await writeBenchmarkSection('BENCHMARKS.md', '## Search (Pagefind)', section);
    console.log('\nwritten to BENCHMARKS.md');
  } else {
    console.log(`\n${section}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
