import type { Page } from 'playwright-core';
import { loadRaw, compareView, type ViewMatch } from './compare-view.ts';
import { zoomToVerticalFov } from '../../../src/schemas/view.ts';

/**
 * Waits until the viewer has drawn its panorama sharp (poster gone), every plugin has arrived,
 * it shows `sceneId`, and no transition or loader is running.
 */
export async function waitForViewer(page: Page, sceneId?: string): Promise<void> {
  await page.waitForSelector('hg-viewer[data-state="sharp"]', { timeout: 45_000 });
  // Every plugin is running: the ones after the first frame too (issue 13, LatePluginsPlugin).
  await page.waitForSelector('hg-viewer .psv-container[data-late-plugins="ready"]', { state: 'attached', timeout: 45_000 });
  await page.waitForFunction(
    (id) => {
      const viewer = document.querySelector('hg-viewer') as (HTMLElement & { sceneId?: string }) | null;
      const loader = document.querySelector('.psv-loader-container') as HTMLElement | null;
      const loading = loader && getComputedStyle(loader).display !== 'none' && loader.offsetParent !== null;
      return viewer && !loading && (!id || viewer.sceneId === id);
    },
    sceneId,
    { timeout: 45_000 },
  );
  // The fade between scenes lasts 1.5 s; SwiftShader needs a few more frames.
  await page.waitForTimeout(2_000);
}

/** Screenshot of the viewer compared with the source photo seen from the scene's initial view. */
export async function matchViewerWithPhoto(page: Page, photoPath: string, view: { yaw: number; pitch: number; zoom: number }): Promise<ViewMatch> {
  const shot = await loadRaw(await page.locator('hg-viewer').screenshot());
  const photo = await loadRaw(photoPath);
  return compareView(shot, photo, { yaw: view.yaw, pitch: view.pitch, vFov: zoomToVerticalFov(view.zoom) });
}

/** What the viewer itself says lies under a point of its canvas (viewer pixels), in degrees. */
export function viewerPositionAt(page: Page, x: number, y: number): Promise<{ yaw: number; pitch: number }> {
  return page.evaluate(
    ([vx, vy, deg]) => {
      const p = document.querySelector('hg-viewer')!.psv!.dataHelper.viewerCoordsToSphericalCoords({ x: vx!, y: vy! });
      return { yaw: p.yaw / deg!, pitch: p.pitch / deg! };
    },
    [x, y, Math.PI / 180],
  );
}
