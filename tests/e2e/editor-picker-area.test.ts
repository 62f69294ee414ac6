/**
 * The editors' picker draws an area hotspot (issue 17, item 4): click its corners on the photo,
 * Enter closes the outline and copies YAML that passes the hotspot schema, with the corners where
 * the viewer itself places the clicked pixels; Escape throws a drawing away.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { InfoHotspot } from '../../src/schemas/hotspot.ts';
import { openPage, useBrowser } from './support/browser.ts';
import { useDevServer, waitForPage } from './support/dev-server.ts';
import { yawDistance } from './support/scene-page.ts';
import { viewerPositionAt, waitForViewer } from './support/viewer.ts';

const SCENE = '/tours/cao-nguyen-da/nha-vuong/';

const snippet = (page: Page) => page.locator('[data-editor-snippet]').textContent().then((t) => t ?? '');
const corners = (page: Page) => page.locator('[data-editor-corners]').getAttribute('data-editor-corners').catch(() => null);

describe('editor picker: area hotspots', () => {
  const browser = useBrowser();
  const dev = useDevServer(4411);
  // The dev server compiles the scene on its first request: slow under load, so not in the test's time.
  beforeAll(() => waitForPage(`${dev.url}${SCENE}`));

  // A whole dev-mode viewer start plus six clicks: more than the default minute on a loaded machine.
  it('draws an outline corner by corner, closes it with Enter and copies YAML that passes the schema; Escape cancels', { timeout: 150_000 }, async () => {
    const { page, context } = await openPage(browser());
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: dev.url });
    await page.goto(`${dev.url}${SCENE}?edit`);
    await waitForViewer(page, 'nha-vuong');
    await page.waitForSelector('.hg-editor:not([hidden])');
    await page.locator('input[name="hg-editor-kind"][value="area"]').check();

    // Four corners of a box in the sky, clear of arrows and hotspots.
    const box = (await page.locator('.psv-container').boundingBox())!;
    const clicks = [
      [0.45, 0.12],
      [0.7, 0.12],
      [0.7, 0.3],
      [0.45, 0.3],
    ].map(([fx, fy]) => ({ x: Math.round(box.x + box.width * fx!), y: Math.round(box.y + box.height * fy!) }));
    const expected: { yaw: number; pitch: number }[] = [];
    for (const [i, click] of clicks.entries()) {
      await page.mouse.click(click.x, click.y);
      await expect.poll(() => corners(page)).toBe(String(i + 1));
      expected.push(await viewerPositionAt(page, click.x - box.x, click.y - box.y));
    }
    // The drawing shows as a line through the corners; nothing to copy until it is closed.
    expect(await page.locator('.hg-editor-area').count()).toBe(1);
    expect(await snippet(page)).toBe('');

    await page.keyboard.press('Enter');
    await expect.poll(() => snippet(page)).toContain('area:');
    const yaml = await snippet(page);
    const hotspot = InfoHotspot.parse((YAML.parse(yaml) as unknown[])[0]);
    expect(hotspot.id).toBe('diem-moi');
    expect(hotspot.area).toHaveLength(4);
    for (const [i, [yaw, pitch]] of hotspot.area!.entries()) {
      // Half-degree rounding, yaw in (-180, 180] as editors write it.
      expect(yawDistance(yaw!, expected[i]!.yaw)).toBeLessThanOrEqual(0.25);
      expect(Math.abs(pitch! - expected[i]!.pitch)).toBeLessThanOrEqual(0.25);
    }
    // The closed outline is drawn as a polygon (its path ends with Z), and the YAML is on the clipboard.
    await expect.poll(() => page.locator('path.hg-editor-area').getAttribute('d')).toMatch(/Z\s*$/);
    await page.waitForFunction(() => document.querySelector('[data-editor-status]')?.textContent?.includes('Copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(yaml);
    await page.screenshot({ path: 'tests/.artifacts/editor-picker-area.png' });

    // A new click starts a new outline; Escape throws it away.
    await page.mouse.click(clicks[0]!.x, clicks[0]!.y);
    await page.mouse.click(clicks[2]!.x, clicks[2]!.y);
    await expect.poll(() => corners(page)).toBe('2');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.hg-editor-area').count()).toBe(0);
    expect(await snippet(page)).toBe('');
    expect(await corners(page)).toBeNull();
    // Editor mode is still on, and no panel opened.
    expect(await page.locator('.hg-editor:not([hidden])').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('hg-viewer')!.psv!.panel.isVisible())).toBe(false);
    await context.close();
  });
});
