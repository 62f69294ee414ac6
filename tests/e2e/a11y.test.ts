/** axe-core in Chromium on each kind of page: no serious or critical violation. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useBrowser } from './support/browser.ts';
import { startHero, waitForViewer } from './support/viewer.ts';
import { faceHotspot } from './support/scene-page.ts';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = useBrowser();

async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the site's Content-Security-Policy blocks inline scripts it did not hash.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.targets.join(', ')}`);
}

/** The running viewer; the home page's hero is checked first as the poster with its button, then started. */
async function reachViewer(page: Page, path: string, sceneId: string): Promise<void> {
  if (path !== '/') return waitForViewer(page, sceneId);
  expect(await seriousViolations(page)).toEqual([]);
  await startHero(page, sceneId);
}

describe('accessibility (axe-core)', () => {
  // One page of each kind, in both languages.
  const pages = [
    ['scene page, viewer running', '/tours/cao-nguyen-da/cot-co-lung-cu/', 'cot-co-lung-cu'],
    ['home page, hero poster then viewer running', '/', 'bo-song-lo'],
    ['tours index', '/tours/', undefined],
    ['tour page', '/tours/cao-nguyen-da/', undefined],
    ['map page (no tiles)', '/map/', undefined],
    ['articles index', '/articles/', undefined],
    ['article', '/articles/chinh-quyen-so-thanh-pho-ha-giang/', undefined],
    ['about page', '/about/', undefined],
    ['search page', '/search/?q=dong+van', undefined],
  ] as const;
  for (const lang of ['vi', 'en'] as const) {
    for (const [name, path, sceneId] of pages) {
      it(`${name} (${lang}) has no serious or critical violation`, async () => {
        const { page, context } = await openPage(browser());
        await page.goto(`${baseUrl}${lang === 'vi' ? path : `/en${path}`}`);
        if (sceneId) await reachViewer(page, path, sceneId);
        if (path.startsWith('/map/')) await page.waitForSelector('[data-poi-map][data-ready]');
        if (path.startsWith('/search/')) await page.waitForSelector('[data-search-panel] li');
        expect(await seriousViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }
  // Dark mode on every kind of page. It used to run on three pages only, none with a red button, so
  // white on the dark scheme's light red (2.4:1) went unseen (issue 16). Colours do not depend on
  // the language: English only.
  for (const [name, path, sceneId] of pages) {
    it(`${name} in dark mode (the system's choice) has no serious or critical violation`, async () => {
      const { page, context } = await openPage(browser(), { colorScheme: 'dark' });
      await page.goto(`${baseUrl}/en${path}`);
      if (sceneId) await reachViewer(page, path, sceneId);
      if (path.startsWith('/map/')) await page.waitForSelector('[data-poi-map][data-ready]');
      if (path.startsWith('/search/')) await page.waitForSelector('[data-search-panel] li');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(20, 25, 23)');
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('the scene page with a hotspot panel open has no serious or critical violation', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl}/tours/cao-nguyen-da/cot-co-lung-cu/`);
    await waitForViewer(page, 'cot-co-lung-cu');
    await faceHotspot(page, 'la-co');
    await page.getByRole('button', { name: 'Lá cờ 54 m²' }).click();
    await expect.poll(() => page.locator('.psv-panel .hg-panel').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
