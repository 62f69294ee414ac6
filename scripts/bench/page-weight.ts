/**
 * `node scripts/bench/page-weight.ts [--write]`, after `npm run build`: what each kind of page makes a
 * browser fetch when it loads (JavaScript, CSS, images, HTML), gzipped as a server sends text, with
 * the map's tiles blocked. The budget is 15 KiB of JavaScript for pages without a viewer;
 * tests/e2e/quality-gates.test.ts holds that line with `pageWeight`.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { writeBenchmarkSection } from './benchmarks-md.ts';

export interface PageWeight {
  /** KiB, gzipped: script files plus inline scripts. */
  js: number;
  css: number;
  html: number;
  /** KiB as served (images are compressed already). */
  images: number;
  scripts: string[];
}

const gz = (bytes: Buffer | string) => gzipSync(bytes).length / 1024;

/** Loads `url` in a fresh context and adds up what it fetched, reading each file from `dist`. */
export async function pageWeight(browser: Browser, url: string, dist = 'dist'): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route((u) => !/^(127\.\d+\.\d+\.\d+|localhost)$/.test(u.hostname), (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  const fetched: { path: string; type: string }[] = [];
  page.on('response', (response) => {
    const u = new URL(response.url());
    if (response.ok() && /^(127\.|localhost)/.test(u.hostname)) fetched.push({ path: u.pathname, type: response.request().resourceType() });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.$$eval('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])', (nodes) => nodes.map((n) => n.textContent ?? ''));
  const weight: PageWeight = { js: inline.reduce((sum, code) => sum + gz(code), 0), css: 0, html: 0, images: 0, scripts: [] };
  for (const { path, type } of fetched) {
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    const bytes = await readFile(decodeURIComponent(file)).catch(() => undefined);
    if (!bytes) continue;
    if (type === 'script') {
      weight.js += gz(bytes);
      weight.scripts.push(path);
    } else if (type === 'stylesheet') weight.css += gz(bytes);
    else if (type === 'document') weight.html += gz(bytes);
    else if (type === 'image') weight.images += bytes.length / 1024;
  }
  await context.close();
  return weight;
}

const PAGES: [string, string, boolean][] = [
  ['home (hero: viewer on first interest)', '/', true],
  ['scene (viewer)', '/tours/cao-nguyen-da/cot-co-lung-cu/', true],
  ['tour', '/tours/cao-nguyen-da/', false],
  ['tours index', '/en/tours/', false],
  ['map (Leaflet)', '/map/', true],
  ['articles', '/articles/', false],
  ['article', '/en/articles/chinh-quyen-so-thanh-pho-ha-giang/', false],
  ['about', '/about/', false],
  ['search page', '/search/', true],
];

async function main(): Promise<void> {
  const { launchBrowser } = await import('../support/chromium.ts');
  const { serveStatic } = await import('../support/static-server.ts');
  const { server, url } = await serveStatic('dist');
  const browser = await launchBrowser();
  const rows: string[] = [];
  for (const [name, path, exempt] of PAGES) {
    const w = await pageWeight(browser, `${url}${path}`);
    const budget = exempt ? '—' : `${(w.js / 15).toFixed(2)}×`;
    rows.push(`| ${name} | \`${path}\` | ${w.js.toFixed(1)} | ${budget} | ${w.css.toFixed(1)} | ${w.html.toFixed(1)} | ${w.images.toFixed(0)} |`);
  }
  await browser.close();
  server.close();
  const table = ['| page | address | JS KiB gz | JS / 15 KiB budget | CSS KiB gz | HTML KiB gz | images KiB |', '|---|---|---:|---:|---:|---:|---:|', ...rows].join('\n');
  console.log(table);
  if (process.argv.includes('--write')) {
    await writeBenchmarkSection(
      'BENCHMARKS.md',
      '## Page weight',
      `## Page weight\n\nMeasured by \`node scripts/bench/page-weight.ts --write\` on the built demo: each page loaded once in headless Chromium\n(1280×800, map tiles blocked), everything it fetched until the network was idle, text gzipped as a server sends it.\nThe budget (issue 5) is 15 KiB of JavaScript for pages without a viewer, a map or the search engine (those show "—").\nCSS is 0: every page carries its styles inline (astro.config.mjs, \`inlineStylesheets\`), so they count in its HTML.\nThe home page loads the viewer only once the visitor shows interest: its JS here is before that.\n\n${table}\n`,
    );
  }
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) await main();
