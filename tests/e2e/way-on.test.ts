/**
 * The way on is always in sight (issue 16, item 1): a scene opens facing an arrow, and while no
 * arrow is on screen a pointer at the viewer's edge (`data-link-hint`) names the nearest one and
 * turns the view to it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { readScene } from './support/content.ts';
import { openSharpScene } from './support/scene-page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Whether the arrow to `target` has its centre inside the viewer. */
function arrowOnScreen(page: Page, target: string): Promise<boolean> {
  return page.evaluate((id) => {
    const arrow = document.querySelector<HTMLElement>(`.hg-link-arrow[data-target="${id}"]`);
    const viewer = document.querySelector('hg-viewer')!.getBoundingClientRect();
    if (!arrow || !arrow.isConnected) return false;
    const box = arrow.getBoundingClientRect();
    const style = getComputedStyle(arrow);
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    return box.width > 0 && style.visibility !== 'hidden' && x > viewer.left && x < viewer.right && y > viewer.top && y < viewer.bottom;
  }, target);
}

describe('the way on', () => {
  it('a phone opens Quản Bạ with its only arrow on screen and no pointer', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/cong-troi-quan-ba/', 'cong-troi-quan-ba', { width: 390, height: 844 });
    await expect.poll(() => arrowOnScreen(page, 'nha-vuong')).toBe(true);
    await expect.poll(() => page.locator('[data-link-hint]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('points to the nearest arrow when none is in view, and turns the view to it when chosen', async () => {
    const scene = readScene('cao-nguyen-da', 'pho-co-dong-van');
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/en/tours/cao-nguyen-da/pho-co-dong-van/?yaw=0&pitch=0&zoom=50', 'pho-co-dong-van', { width: 390, height: 844 });
    // Arrows at -120, 60 and 150: from yaw 0 on an upright phone none is in view; 60 is nearest, to the right.
    expect(scene.links.map((l) => l.yaw)).toEqual([-120, 60, 150]);
    const hint = page.locator('[data-link-hint]');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.getAttribute('data-target')).toBe('cot-co-lung-cu');
    expect(await hint.getAttribute('data-side')).toBe('right');
    expect(await hint.evaluate((el) => el.tagName)).toBe('BUTTON');
    const name = await hint.getAttribute('aria-label');
    expect(name).toMatch(/^Turn towards the way to /);
    // The pointer sits at the viewer's right edge, inside it.
    const [box, viewer] = await Promise.all([hint.boundingBox(), page.locator('hg-viewer').boundingBox()]);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewer!.x + viewer!.width);
    expect(box!.x + box!.width).toBeGreaterThan(viewer!.x + viewer!.width - 40);

    await page.getByRole('button', { name: name! }).click();
    await expect.poll(() => arrowOnScreen(page, 'cot-co-lung-cu')).toBe(true);
    await expect.poll(() => hint.isVisible()).toBe(false);

    // Turning away to the left points left, to the arrow at -120.
    await page.evaluate(() => document.querySelector('hg-viewer')!.psv!.rotate({ yaw: '-60deg', pitch: '0deg' }));
    await expect.poll(() => hint.getAttribute('data-side')).toBe('left');
    expect(await hint.getAttribute('data-target')).toBe('nha-vuong');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps an arrow’s name inside the viewer when the arrow stands near its edge (a phone)', async () => {
    // Phố cổ Đồng Văn's arrow to Cột cờ Lũng Cú is at yaw 60: seen from yaw 74 on an upright phone (about
    // 32° across) it stands near the left edge, from yaw 46 near the right one.
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/pho-co-dong-van/?yaw=74&pitch=0&zoom=50', 'pho-co-dong-van', { width: 390, height: 844 });
    const label = page.locator('.hg-link-arrow[data-target="cot-co-lung-cu"] .hg-link-label');
    const viewer = (await page.locator('hg-viewer').boundingBox())!;
    const placement = async () => {
      const [name, arrow] = await Promise.all([label.boundingBox(), page.locator('.hg-link-arrow[data-target="cot-co-lung-cu"]').boundingBox()]);
      return { name: name!, arrowX: arrow!.x + arrow!.width / 2 };
    };
    for (const yaw of [74, 46]) {
      await page.evaluate((y) => document.querySelector('hg-viewer')!.psv!.rotate({ yaw: `${y}deg`, pitch: '0deg' }), yaw);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const { name, arrowX } = await placement();
      // The arrow is near an edge, so closer to it than half its name's width: centred, the name would be cut.
      expect(Math.min(arrowX - viewer.x, viewer.x + viewer.width - arrowX), `yaw ${yaw}`).toBeLessThan(name.width / 2);
      expect(name.x, `yaw ${yaw}`).toBeGreaterThanOrEqual(viewer.x);
      expect(name.x + name.width, `yaw ${yaw}`).toBeLessThanOrEqual(viewer.x + viewer.width);
      // Still under its arrow.
      expect(arrowX).toBeGreaterThan(name.x);
      expect(arrowX).toBeLessThan(name.x + name.width);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard: Tab reaches the pointer, Enter turns, focus goes on to the arrow', async () => {
    const { page, errors } = await openSharpScene(browser(), baseUrl, '/tours/cao-nguyen-da/cong-troi-quan-ba/?yaw=0&pitch=0&zoom=50', 'cong-troi-quan-ba');
    const hint = page.locator('[data-link-hint]');
    await expect.poll(() => hint.isVisible()).toBe(true);
    await hint.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => arrowOnScreen(page, 'nha-vuong')).toBe(true);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.target)).toBe('nha-vuong');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
