import type { Page } from 'playwright-core';
import { loadRaw, compareView, type ViewMatch } from './compare-view.ts';
import { zoomToVerticalFov } from '../../../src/schemas/view.ts';
import { DEG } from '../../../src/util/angles.ts';

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
      const viewer = document.querySelector('hg-viewer') as (HTMLElement & { sceneId?: string; psv?: PsvState }) | null;
      const loader = document.querySelector('.psv-loader-container') as HTMLElement | null;
      const loading = loader && getComputedStyle(loader).display !== 'none' && loader.offsetParent !== null;
      // PSV's own state (5.15.1): no panorama loading, no fade between scenes, no animated move.
      const state = viewer?.psv?.state;
      // And no walk through an arrow under way (its still fades over the canvas: plugins/walk).
      const walking = !!viewer?.querySelector('.psv-container[data-walk], .hg-walk-still');
      const moving = !state || state.loadingPromise || state.transitionAnimation || state.animation || walking;
      return viewer && !loading && !moving && (!id || viewer.sceneId === id);
    },
    sceneId,
    { timeout: 45_000, polling: 100 },
  );
  // The frame after the last step of the fade is on screen: two animation frames (SwiftShader may be slow).
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * The home page's hero is a poster until the visitor shows interest (hg-viewer.ts, waitForIntent):
 * the pointer moves over it, then it runs like any viewer.
 */
export async function startHero(page: Page, sceneId?: string): Promise<void> {
  await page.hover('.home-hero hg-viewer');
  await waitForViewer(page, sceneId);
}

/** What waitForViewer reads of PSV's viewer state inside the page. */
interface PsvState {
  state: { loadingPromise: unknown; transitionAnimation: unknown; animation: unknown };
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
    [x, y, DEG],
  );
}
