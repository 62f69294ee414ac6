/** Opening a scene page and reading the viewer's state, shared by the viewer tests. */
import type { Browser, Page } from 'playwright-core';
import { openPage } from './browser.ts';
import { waitForViewer } from './viewer.ts';

export async function openScene(browser: Browser, baseUrl: string, path: string, options: Parameters<typeof openPage>[1] & { init?: () => void } = {}) {
  const opened = await openPage(browser, options);
  if (options.init) await opened.page.addInitScript(options.init);
  await opened.page.goto(`${baseUrl}${path}`);
  return opened;
}

export async function openSharpScene(browser: Browser, baseUrl: string, path: string, sceneId: string, options: Parameters<typeof openScene>[3] = {}) {
  const opened = await openScene(browser, baseUrl, path, options);
  await waitForViewer(opened.page, sceneId);
  return opened;
}

/** The viewer's view in degrees (yaw in [0, 360)). */
export function viewOf(page: Page): Promise<{ yaw: number; pitch: number; zoom: number }> {
  return page.evaluate(() => document.querySelector('hg-viewer')!.view!);
}

/** Smallest difference between two yaws, in degrees. */
export function yawDistance(a: number, b: number): number {
  const d = Math.abs((((a - b) % 360) + 540) % 360 - 180);
  return d;
}

/**
 * Turns the view to a hotspot at once (scenes open facing their way on, issue 16, so a hotspot
 * may start behind the visitor) and waits for its button to be drawn.
 */
export async function faceHotspot(page: Page, hotspotId: string): Promise<void> {
  await page.evaluate((id) => {
    const markers = document.querySelector('hg-viewer')!.psv!.getPlugin('markers') as unknown as { gotoMarker: (id: string, speed: number) => Promise<void> };
    return markers.gotoMarker(`hotspot-${id}`, 0);
  }, hotspotId);
  await page.locator(`.hg-hotspot[data-hotspot="${hotspotId}"]`).waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
}
