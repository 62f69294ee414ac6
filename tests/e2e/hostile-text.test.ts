/**
 * HTML in an editor's text is text. The fixture tests/fixtures/content/hostile-text/ puts
 * `<script>`, `<img onerror>` and a `</script>` breakout into a scene title, summary and hotspot;
 * it is valid content (the validator accepts it), so it is built, and must be shown literally and
 * never run: in the built HTML, and in Chromium with the viewer running and the hotspot panel open.
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuildOrThrow as astroBuild } from './support/astro-build.ts';
import { fixtureSite, type FixtureSite } from '../fixtures/fixture-site.ts';
import { useBrowser } from './support/browser.ts';
import { openSharpScene } from './support/scene-page.ts';
import { serveStatic } from '../../scripts/support/static-server.ts';

const SCENE_TITLE = '<script>window.__pwned=1</script>Cột cờ';
const SUMMARY = '</script><script>window.__pwned=1</script>';
const HOTSPOT_TITLE = '<img src=x onerror="window.__pwned=1">Lá cờ';
const HOTSPOT_TEXT = '<script>window.__pwned=1</script> Lá cờ & "cột" <b>đậm</b>';

let site: FixtureSite;
let outDir: string;
let server: Server;
let baseUrl: string;
const browser = useBrowser();

beforeAll(async () => {
  site = await fixtureSite('hostile-text');
  await mkdir(site.articlesDir, { recursive: true });
  outDir = join(site.root, 'dist');
  // Its own content store, so the fixture never mixes with the real site's cached content.
  await astroBuild({ HG360_CONTENT_DIR: site.toursDir, HG360_ARTICLES_DIR: site.articlesDir, HG360_OUT_DIR: outDir, HG360_CACHE_DIR: join(site.root, 'astro-cache') });
  ({ server, url: baseUrl } = await serveStatic(outDir));
}, 240_000);

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
  await site?.remove();
});

describe('hostile text in content', () => {
  it('is escaped in the built HTML', async () => {
    const html = await readFile(join(outDir, 'tours/dong-van/cot-co/index.html'), 'utf8');
    // Inside a quoted attribute `<` is only text (meta description, alt); everywhere else it must be escaped.
    const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
    expect(outsideAttributes).not.toContain('<script>window.__pwned');
    expect(outsideAttributes).not.toContain('</script><script>');
    expect(outsideAttributes).not.toContain('<img src=x');
    expect(outsideAttributes).not.toContain('<b>đậm');
    expect(html).toContain('<h1 data-pagefind-body>&lt;script&gt;window.__pwned=1&lt;/script&gt;Cột cờ</h1>');
    // The viewer's JSON keeps `<` as \\u003c, so a `</script>` in a text cannot end its script element.
    expect(html).toContain('"title":"\\u003cscript>window.__pwned=1\\u003c/script>Cột cờ"');
  });

  it('is shown literally and never runs, with the viewer running and the hotspot panel open', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/dong-van/cot-co/', 'cot-co');
    expect(await page.locator('h1').first().textContent()).toBe(SCENE_TITLE);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(SUMMARY);

    await page.locator('.hg-hotspot[data-hotspot="la-co"]').click();
    const panel = page.locator('.psv-panel .hg-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(HOTSPOT_TITLE);
    expect(await panel.locator('p').textContent()).toBe(HOTSPOT_TEXT);
    expect(await panel.locator('img, script, b').count()).toBe(0);
    // No element anywhere came from the editor's text: no onerror handler, no script mentioning the flag.
    expect(await page.locator('[onerror]').count()).toBe(0);
    expect(await page.locator('script:not([type="application/json"]):not([type="application/ld+json"])').evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes('__pwned')).length)).toBe(0);
    // Data blocks (viewer config, JSON-LD) carry the text, with every "<" escaped so nothing can close them.
    const dataBlocks = await page.locator('script[type="application/json"], script[type="application/ld+json"]').allTextContents();
    expect(dataBlocks.some((text) => text.includes('__pwned'))).toBe(true);
    expect(dataBlocks.filter((text) => text.includes('<'))).toEqual([]);
    // The broken `<img src=x>` would have fired by now if it had been parsed as HTML.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
