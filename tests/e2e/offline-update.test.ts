/**
 * A new build while a page is open (issue 19): its service worker waits, the page offers
 * "New version — reload", and after the reload the page shows the new text. Two real builds of the
 * small fixture site, served from one address whose folder is switched between them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { fixtureSite, type FixtureSite } from '../fixtures/fixture-site.ts';
import { astroBuild } from './support/astro-build.ts';
import { openPage, useBrowser } from './support/browser.ts';
import { serveStatic } from '../../scripts/support/static-server.ts';

const browser = useBrowser();
let site: FixtureSite;
let server: Server;
let baseUrl: string;
const NEW_TEXT = 'Câu này chỉ có trong bản dựng thứ hai.';

async function build(name: string): Promise<void> {
  const result = await astroBuild({
    HG360_CONTENT_DIR: site.toursDir,
    HG360_ARTICLES_DIR: site.articlesDir,
    HG360_OUT_DIR: join(site.root, name),
    HG360_CACHE_DIR: join(site.root, 'astro-cache'),
  });
  if (result.code !== 0) throw new Error(result.output);
}

beforeAll(async () => {
  site = await fixtureSite('valid-site');
  await build('a');
  const scene = join(site.toursDir, 'dong-van/pho-co.mdx');
  await writeFile(scene, `${await readFile(scene, 'utf8')}\n${NEW_TEXT}\n`);
  await build('b');
  await symlink(join(site.root, 'a'), join(site.root, 'live'));
  ({ server, url: baseUrl } = await serveStatic(join(site.root, 'live')));
}, 300_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await site?.remove();
});

describe('a new build', () => {
  it('waits, offers “New version — reload”, and shows the new text after the reload', async () => {
    const { page, context, errors } = await openPage(browser(), { serviceWorkers: 'allow' });
    await page.goto(`${baseUrl}/tours/dong-van/pho-co/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await page.locator('[data-scene-panel]').textContent()).not.toContain(NEW_TEXT);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);

    // The host now serves the second build; the browser checks for a new worker.
    await rm(join(site.root, 'live'));
    await symlink(join(site.root, 'b'), join(site.root, 'live'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const bar = page.locator('[data-offline-update]');
    await expect.poll(() => bar.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await bar.textContent()).toContain('Có phiên bản mới');
    // Until the tourist says so, the old worker keeps the page (its chunks are the ones it loaded).
    expect(await page.evaluate(() => navigator.serviceWorker.controller!.state)).toBe('activated');
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(true);

    await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), bar.getByRole('button', { name: 'Tải lại' }).click()]);
    await expect.poll(() => page.locator('[data-scene-panel]').textContent(), { timeout: 20_000 }).toContain(NEW_TEXT);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(firstWorker);
    expect(await bar.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
