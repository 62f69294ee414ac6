/** The not-found page speaks the language of the address a tourist mistyped (issue 16). */
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Console errors but the one Chromium logs for the page itself being a 404. */
const realErrors = (errors: string[]) => errors.filter((error) => !/responded with a status of 404/.test(error));

describe('not-found page', () => {
  it('a mistyped /en/ address shows the English page, keeps the address, and runs under the CSP', async () => {
    const { page, context, errors } = await openPage(browser(), { width: 390, height: 844 });
    // The test server, like `astro preview` and most static hosts, answers every miss with /404.html.
    const response = await page.goto(`${baseUrl}/en/tours/cao-nguyen-dá/nha-vuong/?yaw=10#x`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('en');
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe('Page not found');
    expect(await page.title()).toMatch(/^Page not found/);
    // The header, menu and footer are English too, and the page leads on to the tours.
    expect(await page.locator('.main-nav a').first().textContent()).toBe('Tours');
    expect(await page.locator('[data-not-found-tours] a').first().getAttribute('href')).toMatch(/^\/en\/tours\/[^/]+\/$/);
    // The tourist can still see (and correct) what they typed.
    const typed = () => new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash;
    await expect.poll(typed, { timeout: 10_000 }).toBe('/en/tours/cao-nguyen-d%C3%A1/nha-vuong/?yaw=10#x');
    // The hop to the English page replaced the entry: Back leaves (about:blank, then this address).
    expect(await page.evaluate(() => history.length)).toBe(2);
    expect(realErrors(errors)).toEqual([]);
    await context.close();
  });

  it('a Vietnamese address stays Vietnamese, with the English line under it', async () => {
    const { page, context, errors } = await openPage(browser());
    const response = await page.goto(`${baseUrl}/tours/khong-co/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    expect(await page.locator('[lang="en"] h2').textContent()).toBe('Page not found');
    expect(await page.locator('[data-not-found-tours] a').first().getAttribute('href')).toMatch(/^\/tours\/[^/]+\/$/);
    expect(new URL(page.url()).pathname).toBe('/tours/khong-co/');
    expect(realErrors(errors)).toEqual([]);
    await context.close();
  });

  it('each language has its own 404.html where hosts look for the nearest one (Cloudflare Pages)', async () => {
    expect(await readFile('dist/404.html', 'utf8')).toMatch(/<html lang="vi"/);
    expect(await readFile('dist/en/404.html', 'utf8')).toMatch(/<html lang="en"/);
  });
});
