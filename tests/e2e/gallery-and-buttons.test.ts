/**
 * Issue 16, items 9 and 10 (part): the gallery shows each scene's poster with titles on up to two
 * lines, and the page's buttons use the page's font with one main action.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from './support/browser.ts';
import { openSharpScene } from './support/scene-page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('gallery', () => {
  it('shows posters (a view, not the whole sphere) and whole titles', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/en/tours/cao-nguyen-da/cong-troi-quan-ba/', 'cong-troi-quan-ba');
    await page.getByRole('button', { name: 'Places in this tour' }).click();
    const items = page.locator('.psv-gallery-item');
    await expect.poll(() => items.count()).toBe(6);
    await page.waitForTimeout(500);
    const shown = await items.evaluateAll((els) =>
      els.map((el) => {
        const thumb = el.querySelector<HTMLElement>('div.psv-gallery-item-thumb');
        const span = el.querySelector<HTMLElement>('.psv-gallery-item-title span')!;
        const lineHeight = parseFloat(getComputedStyle(span).lineHeight);
        return {
          image: (thumb?.dataset.src ?? '') + getComputedStyle(thumb ?? el).backgroundImage,
          title: span.textContent,
          cut: span.scrollHeight > span.clientHeight + 1 || span.scrollWidth > span.clientWidth + 1,
          lines: Math.round(span.clientHeight / lineHeight),
        };
      }),
    );
    for (const item of shown) {
      expect(item.image, item.title!).toMatch(/poster-[0-9a-f]+-640x360\.webp/);
      expect(item.cut, item.title!).toBe(false);
      expect(item.lines, item.title!).toBeLessThanOrEqual(2);
    }
    expect(shown.map((s) => s.title)).toContain('The Vương Family Mansion');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('buttons', () => {
  it('use the page’s font, and "Embed on your website" does not compete with the main button', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${baseUrl}/en/tours/cao-nguyen-da/`);
    const main = page.getByRole('link', { name: 'Start the 360° tour' });
    const embed = page.getByRole('button', { name: 'Embed on your website' });
    const style = (el: Element) => ({ font: getComputedStyle(el).fontFamily, background: getComputedStyle(el).backgroundColor });
    const [mainStyle, embedStyle, body] = await Promise.all([main.evaluate(style), embed.evaluate(style), page.locator('body').evaluate(style)]);
    expect(embedStyle.font).toBe(body.font);
    expect(mainStyle.font).toBe(body.font);
    expect(embedStyle.background).not.toBe(mainStyle.background);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('layout', () => {
  it('a scene page’s text lines up with the header on a desktop', async () => {
    const { page, errors } = await openPage(browser(), { width: 1440, height: 900 });
    await page.goto(`${baseUrl}/en/tours/cao-nguyen-da/nha-vuong/`);
    const [brand, title] = await Promise.all([page.locator('.brand').boundingBox(), page.locator('[data-scene-panel] h1').boundingBox()]);
    expect(Math.abs(brand!.x - title!.x)).toBeLessThanOrEqual(4);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
