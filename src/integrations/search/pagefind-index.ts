/**
 * Pagefind indexes the built pages: only what pages mark with `data-pagefind-body` (tours, scenes,
 * articles), one index per `<html lang>`. We use Pagefind's search API with our own UI, so its
 * ready-made UIs are removed from the bundle.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';

export const BUNDLE_DIR = 'pagefind';
/** Pagefind's ready-made UIs; we use its search API with our own UI (~390 KiB we never load). */
const UNUSED_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

export interface IndexReport {
  summary: string;
  topLanguage: string;
  languages: { lang: string; pages: number; bytes: number }[];
}

/** Indexes a built site in place: `<dir>/pagefind/`. */
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

export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(dir, prefix), { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)])));
  return nested.flat();
}

async function totalSize(dir: string, files: string[]): Promise<number> {
  const sizes = await Promise.all(files.map((file) => stat(join(dir, file)).then((s) => s.size)));
  return sizes.reduce((a, b) => a + b, 0);
}


export const kib = (bytes: number) => (bytes / 1024).toFixed(1);
