import type { Viewer } from '@photo-sphere-viewer/core';
import type { VirtualTourNode, VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { whenIdle } from '../../../../util/idle.ts';

/** The virtual tour's own preload bookkeeping (PSV 5.15.1, pinned): `setCurrentNode` waits for these promises. */
interface TourPreload {
  state: { preload: Record<string, Promise<unknown> | true> };
  datasource: { loadNode(id: string): Promise<VirtualTourNode> };
}

/**
 * Fetches a scene's base panorama into PSV's cache, the way the tour's own `preload` does, so that a
 * walk to it needs no network before its cross-fade. A video scene has nothing to preload.
 */
export function preloadBase(viewer: Viewer, tour: VirtualTourPlugin, nodeId: string): Promise<unknown> {
  const { state, datasource } = tour as unknown as TourPreload;
  const known = state.preload[nodeId];
  if (known) return Promise.resolve(known);
  const loading = datasource
    .loadNode(nodeId)
    .then((node) => viewer.textureLoader.preloadPanorama(node.panorama))
    .then(() => {
      state.preload[nodeId] = true;
    })
    .catch(() => {
      delete state.preload[nodeId];
    });
  state.preload[nodeId] = loading;
  return loading;
}

/**
 * The linked scenes' bases are fetched when the page is idle after each scene change (not at once:
 * on a slow link the scene on screen gets its tiles first), and a scene's at once when its arrow is
 * hovered (the tour's `enter-arrow`) or focused by keyboard. Returns the function that stops it.
 */
export function preloadLinks(viewer: Viewer, tour: VirtualTourPlugin): () => void {
  let cancelIdle = () => {};
  const scheduleIdle = () => {
    cancelIdle();
    cancelIdle = whenIdle(() => {
      for (const link of tour.getCurrentNode()?.links ?? []) void preloadBase(viewer, tour, link.nodeId);
    }, 3_000);
  };
  const onEnter = (e: Event) => void preloadBase(viewer, tour, (e as Event & { link: { nodeId: string } }).link.nodeId);
  const onFocus = (e: FocusEvent) => {
    const target = (e.target as HTMLElement | null)?.closest?.<HTMLElement>('.hg-link-arrow')?.dataset.target;
    if (target) void preloadBase(viewer, tour, target);
  };
  tour.addEventListener('node-changed', scheduleIdle);
  tour.addEventListener('enter-arrow', onEnter);
  viewer.container.addEventListener('focusin', onFocus);
  if (tour.getCurrentNode()) scheduleIdle();
  return () => {
    cancelIdle();
    tour.removeEventListener('node-changed', scheduleIdle);
    tour.removeEventListener('enter-arrow', onEnter);
    viewer.container.removeEventListener('focusin', onFocus);
  };
}
