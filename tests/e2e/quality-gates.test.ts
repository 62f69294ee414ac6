/**
 * Gates every built page passes: no broken internal link or asset (linkinator), valid HTML
 * (html-validate), and a JavaScript budget for pages without a viewer or a map.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LinkChecker } from 'linkinator';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { pageWeight } from '../../scripts/bench/page-weight.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

function htmlFiles(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_pano' || name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('quality gates', () => {
  it('has no broken internal link or asset (linkinator, both languages, fragments included)', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: [`${baseUrl}/`, `${baseUrl}/en/`, `${baseUrl}/404.html`],
      recurse: true,
      concurrency: 8,
      checkFragments: true,
      // Only our own site: the map's tile server and other sites are not ours to test (and there is no network here).
      linksToSkip: async (link) => !link.startsWith(baseUrl),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.status} ${l.url.replace(baseUrl, '')} (on ${l.parent?.replace(baseUrl, '')})`);
    expect(broken).toEqual([]);
    // The crawl really walked the site: every page of both languages, but for the embeds (framed by
    // partners, never linked), the two search pages (reached through the search form) and the
    // not-found pages (served for a miss).
    const pages = new Set(result.links.filter((l) => l.state === 'OK' && l.url.endsWith('/')).map((l) => l.url));
    const linkedPages = htmlFiles().filter((f) => f.endsWith('index.html') && !f.includes('/embed/') && !f.includes('/search/') && !/(^|\/)404\//.test(f));
    expect(pages.size).toBeGreaterThanOrEqual(linkedPages.length);
  }, 180_000);

  it('serves valid HTML on every page (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes `<tag attr>` and `<br>`/`<br/>` as it likes; style, not validity.
        'attribute-boolean-style': 'off',
        'void-style': 'off',
        'no-trailing-whitespace': 'off',
        // Poster `style` carries the per-page placeholder (a data URL computed at build time).
        'no-inline-style': 'off',
        // Long Vietnamese + English titles are fine for people; the rule is an SEO heuristic.
        'long-title': 'off',
        // The viewer (a custom element) and the map box are named regions; <section> cannot be either.
        'prefer-native-element': ['error', { exclude: ['region'] }],
      },
    });
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) if (m.severity === 2) problems.push(`${relative('dist', file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  // Pages with a viewer (scenes, home's hero, embeds), the Leaflet map or the search engine (the
  // search page) load those on purpose; every other kind of page is here, in both languages.
  for (const path of ['/tours/', '/en/tours/', '/tours/cao-nguyen-da/', '/en/tours/cao-nguyen-da/', '/articles/', '/en/articles/', '/articles/chinh-quyen-so-thanh-pho-ha-giang/', '/en/articles/chinh-quyen-so-thanh-pho-ha-giang/', '/about/', '/en/about/', '/404.html']) {
    it(`${path} ships at most 15 KiB of JavaScript (gzip) when it loads`, async () => {
      const weight = await pageWeight(browser(), `${baseUrl}${path}`);
      expect(weight.js, `${path}: ${weight.scripts.join(', ')}`).toBeLessThanOrEqual(15);
    });
  }
});
