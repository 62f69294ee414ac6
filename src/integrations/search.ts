import { createReadStream } from 'node:fs';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { failIfAsked } from '../config/test-faults.ts';
import { createSearchEngine, type PagefindApi, type SearchEngine } from '../components/search/search-engine.ts';

export interface SearchIntegrationOptions {
  /** The query whose cost (bytes fetched) the build reports; type it as a tourist would. */
  sampleQuery?: string;
}

/** What the header box and the /search/ page's script load: see SiteSearch.astro. */
const UI_ENTRY = fileURLToPath(new URL('../components/search/search-ui.ts', import.meta.url));
/** Written in SiteSearch.astro's loader, replaced here by the URL of the built UI chunk. */
const UI_PLACEHOLDER = '__HG360_SEARCH_UI__';
const BUNDLE_DIR = 'pagefind';
/** Pagefind's ready-made UIs; we use its search API with our own UI (~390 KiB we never load). */
const UNUSED_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;
/** Results the header box shows for a query: their fragments count in the query's cost. */
const RESULTS_SHOWN = 6;

/**
 * The search step of the build (issue 6). Pagefind indexes the built pages in `astro:build:done`:
 * only what pages mark with `data-pagefind-body` (tours, scenes, articles), one index per
 * `<html lang>`. The search UI is its own chunk, loaded on focus or `/` by a small inline script;
 * the build prints the index size and what one query fetches.
 */
export default function search(options: SearchIntegrationOptions = {}): AstroIntegration {
  const sampleQuery = options.sampleQuery ?? 'dong van';
  let base = '/';
  let outDir = '';
  let uiChunk: string | undefined;

  // Astro inlines a page script only if it imports nothing, and a script that only says `import()`
  // of the UI would become a file every page loads. So the UI is an extra chunk of the client build,
  // and its hashed name is written into the loader once it is known.
  const uiPlugin: Plugin = {
    name: 'hg360:search-ui',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      if (this.environment.mode === 'build') this.emitFile({ type: 'chunk', id: UI_ENTRY, name: 'search-ui' });
    },
    transform(code) {
      // In `astro dev`, Vite serves the module itself.
      if (this.environment.mode === 'dev' && code.includes(UI_PLACEHOLDER)) {
        return { code: code.replaceAll(UI_PLACEHOLDER, `/@fs${UI_ENTRY}`), map: null };
      }
      return undefined;
    },
    generateBundle: {
      // Before Astro's own generateBundle inlines the loader into every page.
      order: 'pre',
      handler(_options, bundle) {
        const ui = Object.values(bundle).find((file) => file.type === 'chunk' && file.facadeModuleId === UI_ENTRY);
        if (!ui) this.error(`the search UI chunk (${UI_ENTRY}) is missing from the client build`);
        uiChunk = ui.fileName;
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.code.includes(UI_PLACEHOLDER)) file.code = file.code.replaceAll(UI_PLACEHOLDER, base + ui.fileName);
        }
      },
    },
  };

  return {
    name: 'hg360:search',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        base = config.base.replace(/\/?$/, '/');
        outDir = fileURLToPath(config.outDir);
        updateConfig({ vite: { plugins: [uiPlugin] } });
      },
      // `astro dev` has no index of its own: it serves the last build's, so the box works while editing.
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, BUNDLE_DIR);
        let warned = false;
        server.middlewares.use(`${base}${BUNDLE_DIR}/`, (req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          if (path.includes('..')) return next();
          res.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : 'application/octet-stream');
          createReadStream(join(bundle, path))
            .on('error', () => {
              if (!warned) logger.warn(`no search index in ${bundle}: run \`npm run build\` once to search in \`astro dev\``);
              warned = true;
              next();
            })
            .pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        failIfAsked('search');
        const report = await buildIndex(site);
        logger.info(report.summary);
        const cost = await measureQuery(join(site, BUNDLE_DIR), report.topLanguage, sampleQuery);
        const ui = uiChunk ? await fileSize(join(site, uiChunk)) : { bytes: 0, gzip: 0 };
        logger.info(
          `one query ("${sampleQuery}", ${report.topLanguage}, ${cost.results} results) fetches ${kib(cost.bytes + ui.bytes)} KiB ` +
            `(gzip ${kib(cost.gzip + ui.gzip)}): search UI ${kib(ui.bytes)}, ${cost.parts}`,
        );
      },
    },
  };
}

export interface IndexReport {
  summary: string;
  topLanguage: string;
  languages: { lang: string; pages: number; bytes: number }[];
}

/** Indexes a built site in place: `<dir>/pagefind/`. Exported for the tests. */
export async function buildIndex(site: string, logger?: AstroIntegrationLogger): Promise<IndexReport> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    const written = await index.writeFiles({ outputPath: join(site, BUNDLE_DIR) });
    const problems = [...added.errors, ...written.errors];
    if (problems.length > 0) throw new Error(`Pagefind could not index ${site}: ${problems.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  const bundle = join(site, BUNDLE_DIR);
  for (const file of await readdir(bundle)) if (UNUSED_FILES.test(file)) await rm(join(bundle, file));

  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const files = await listFiles(bundle);
  const languages = await Promise.all(
    Object.entries(entry.languages).map(async ([lang, { page_count }]) => {
      // Everything Pagefind writes for one language starts with `<lang>_`.
      const own = files.filter((file) => new RegExp(`(^|[/.])${lang}_`).test(file));
      const sizes = await Promise.all(own.map((file) => stat(join(bundle, file)).then((s) => s.size)));
      return { lang, pages: page_count, bytes: sizes.reduce((a, b) => a + b, 0) };
    }),
  );
  languages.sort((a, b) => b.pages - a.pages);
  if (languages.length === 0) logger?.warn('no page is marked with data-pagefind-body: the search index is empty');
  const summary =
    `indexed ${languages.map((l) => `${l.lang}: ${l.pages} pages, ${kib(l.bytes)} KiB`).join('; ') || 'no pages'} ` +
    `(${BUNDLE_DIR}/ holds ${kib(await totalSize(bundle, files))} KiB with Pagefind's script and wasm)`;
  return { summary, topLanguage: languages[0]?.lang ?? 'unknown', languages };
}

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
    const engine = createSearchEngine(() => import(/* @vite-ignore */ script.href) as Promise<PagefindApi>, lang);
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

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)])));
  return nested.flat();
}

async function totalSize(dir: string, files: string[]): Promise<number> {
  const sizes = await Promise.all(files.map((file) => stat(join(dir, file)).then((s) => s.size)));
  return sizes.reduce((a, b) => a + b, 0);
}

/** Size as stored, and as a server sends it: scripts gzipped, Pagefind's data files as they are (already compressed). */
async function fileSize(file: string): Promise<{ bytes: number; gzip: number }> {
  const body = await readFile(file);
  return { bytes: body.length, gzip: /\.(js|json)$/.test(file) ? gzipSync(body).length : body.length };
}

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
