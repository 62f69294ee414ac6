/** The pages around the tours: home hero, tour filter, articles with astro:assets images. */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { startHero, waitForViewer } from './support/viewer.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('site pages', () => {
  it('home: the hero panorama paints its poster, loads no viewer code until the pointer is over it, then turns live and leaves the address alone', async () => {
    const { page, context, errors } = await openPage(browser());
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(`${baseUrl}/`, { waitUntil: 'networkidle' });
    expect(await page.locator('.home-hero hg-viewer img[fetchpriority="high"]').count()).toBe(1);
    // A poster with an invitation, and neither three.js nor PSV fetched (issue 13: Lighthouse, slow links).
    expect(await page.locator('.home-hero hg-viewer').getAttribute('data-state')).toBe('idle');
    expect(await page.locator('.home-hero [data-viewer-start]').isVisible()).toBe(true);
    expect(scripts.filter((url) => /three|create-viewer|index\.module/.test(url))).toEqual([]);
    await startHero(page, 'bo-song-lo');
    expect(scripts.some((url) => /three/.test(url))).toBe(true);
    expect(await page.locator('.home-hero [data-viewer-start]').count()).toBe(0);
    // No deep link on the home page: the hero is not the page's subject.
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/');
    // Minimal controls: no gallery, no share button.
    expect(await page.locator('.home-hero .psv-gallery-button, .home-hero .hg-share').count()).toBe(0);
    expect(await page.locator('.home-hero .tour-card, section[aria-labelledby="tours-heading"] .tour-card').count()).toBe(3);
    expect(await page.locator('section[aria-labelledby="articles-heading"] .article-card').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('home: a tap on a phone, or the keyboard on the hero button, also starts the hero', async () => {
    const phone = await openPage(browser(), { width: 390, height: 844, touch: true });
    await phone.page.goto(`${baseUrl}/en/`);
    await phone.page.locator('.home-hero [data-viewer-start]').tap();
    await waitForViewer(phone.page, 'bo-song-lo');
    expect(phone.errors).toEqual([]);
    await phone.context.close();

    const { page, context, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/`);
    await page.locator('.home-hero [data-viewer-start]').focus();
    await waitForViewer(page, 'bo-song-lo');
    // Focus stays with the viewer (not thrown back to the page's top) when its button goes.
    expect(await page.evaluate(() => document.activeElement?.closest('hg-viewer') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tours index: the category filter works without JavaScript and from the address', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/en/tours/`);
    const visible = () => page.locator('.tour-card:visible h2').allTextContents();
    expect(await visible()).toHaveLength(3);
    await page.getByText('Nature', { exact: false }).first().click();
    expect(await visible()).toEqual(['The Hoàng Su Phì Rice Terraces']);
    // Only kinds that have tours are offered: no "Food 0" dead end (issue 16).
    const counts = await page.locator('.tour-filter .count').allTextContents();
    expect(counts.map(Number).every((n) => n > 0), counts.join(', ')).toBe(true);
    expect(await page.getByText('Food').count()).toBe(0);
    await context.close();

    const withScript = await openPage(browser());
    await withScript.page.goto(`${baseUrl}/tours/?category=landmarks`);
    expect(await withScript.page.locator('.tour-card:visible h2').allTextContents()).toEqual(['Cao nguyên đá Đồng Văn']);
    await withScript.context.close();
  });

  it('articles: list by section, article with a responsive astro:assets image and its related tour', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/en/articles/`);
    expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['News', 'Travel guide']));
    await page.getByRole('link', { name: /digital government/ }).click();
    await page.waitForURL(/\/en\/articles\/chinh-quyen-so-thanh-pho-ha-giang\/$/);
    const cover = page.locator('.article-cover img');
    expect(await cover.getAttribute('srcset')).toMatch(/\/_astro\/.+\.webp 640w/);
    expect(await cover.getAttribute('alt')).toMatch(/^Illustration of a city/);
    for (const figure of ['9 modules', '312 administrative procedures', 'more than 99%', '101 community digital-technology teams with\n616 members']) {
      expect((await page.locator('.prose').textContent())!.replace(/\s+/g, ' ')).toContain(figure.replace(/\s+/g, ' '));
    }
    expect(await page.locator('section[aria-labelledby="related-heading"] .tour-card a').getAttribute('href')).toBe('/en/tours/thanh-pho-ha-giang/');
    await context.close();
  });

  it('a tour page shows its practical information and links each scene in its language', async () => {
    const { page, context } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl}/en/tours/cao-nguyen-da/`);
    expect(await page.locator('.practical dt').allTextContents()).toEqual(['Getting there', 'Best season']);
    const scenes = await page.locator('.scene-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(scenes).toHaveLength(6);
    expect(scenes.every((href) => href!.startsWith('/en/tours/cao-nguyen-da/'))).toBe(true);
    expect(await page.locator('.eyebrow').first().textContent()).toMatch(/Tuyên Quang \(before 2025: Hà Giang province\)/);
    await context.close();
  });
});
