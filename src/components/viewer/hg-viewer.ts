/**
 * <hg-viewer>: the 360° tour viewer as a custom element. It reads its tour from a child
 * `<script type="application/json">`, loads three.js and Photo Sphere Viewer only when it comes
 * near the viewport, and reports what happens through DOM events. Page chrome (address bar,
 * scene text) stays outside: pages listen to `hg:scene-change`.
 */
import type { Viewer } from '@photo-sphere-viewer/core';
import type { VirtualTourNode, VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import type { ViewerScene, ViewerTour } from '../../data/viewer-config.ts';
import { escapeHtml } from './escape-html.ts';

const DEG = Math.PI / 180;

export interface SceneChangeDetail {
  sceneId: string;
  title: string;
  url: string;
}

function linkArrow(target: ViewerScene | undefined): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'hg-link-arrow';
  button.setAttribute('aria-label', `Đi tới ${target?.title ?? ''}`);
  const label = document.createElement('span');
  label.textContent = target?.title ?? '';
  button.append(label);
  return button;
}

/** PSV's multi-level tiled panorama from our URL template. */
function tiledPanorama({ baseUrl, tileUrl, levels }: ViewerScene['panorama']) {
  return {
    baseUrl,
    levels,
    tileUrl: (col: number, row: number, level: number) =>
      tileUrl.replace('{level}', String(level)).replace('{col}', String(col)).replace('{row}', String(row)),
  };
}

function toNode(scene: ViewerScene, byId: Map<string, ViewerScene>): VirtualTourNode {
  return {
    id: scene.id,
    panorama: tiledPanorama(scene.panorama),
    name: escapeHtml(scene.title),
    caption: escapeHtml(scene.title),
    thumbnail: scene.thumbnail,
    links: scene.links.map((link) => ({
      nodeId: link.to,
      position: { yaw: link.yaw * DEG, pitch: link.pitch * DEG },
      arrowStyle: { element: () => linkArrow(byId.get(link.to)), size: { width: 56, height: 56 } },
    })),
    markers: scene.hotspots.map((hotspot) => ({
      id: `hotspot-${hotspot.id}`,
      position: { yaw: hotspot.yaw * DEG, pitch: hotspot.pitch * DEG },
      html: `<span class="hg-hotspot" role="button" tabindex="0" aria-label="${escapeHtml(hotspot.title)}">i</span>`,
      size: { width: 36, height: 36 },
      anchor: 'center center',
      tooltip: { content: escapeHtml(hotspot.title), position: 'top center' },
      content: `<h2>${escapeHtml(hotspot.title)}</h2><p>${escapeHtml(hotspot.text)}</p>`,
      data: { hotspotId: hotspot.id },
    })),
    data: { view: scene.view, url: scene.url, title: scene.title },
  };
}

export class HgViewer extends HTMLElement {
  private viewer?: Viewer;
  private tourPlugin?: VirtualTourPlugin;
  private tour?: ViewerTour;
  private observer?: IntersectionObserver;

  connectedCallback(): void {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!json) return;
    this.tour = JSON.parse(json) as ViewerTour;
    // Three.js and PSV are ~190 KiB gzipped: fetch them only when the viewer is about to be seen.
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.observer?.disconnect();
          void this.start();
        }
      },
      { rootMargin: '200px' },
    );
    this.observer.observe(this);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.viewer?.destroy();
    this.viewer = undefined;
  }

  /** Id of the scene on screen. */
  get sceneId(): string | undefined {
    return this.tourPlugin?.getCurrentNode()?.id ?? this.tour?.startScene;
  }

  /** Moves the viewer to another scene of the tour (used by back/forward). */
  async goTo(sceneId: string): Promise<void> {
    await this.tourPlugin?.setCurrentNode(sceneId);
  }

  private async start(): Promise<void> {
    const tour = this.tour!;
    const [{ Viewer }, { EquirectangularTilesAdapter }, { MarkersPlugin }, { VirtualTourPlugin }] = await Promise.all([
      import('@photo-sphere-viewer/core'),
      import('@photo-sphere-viewer/equirectangular-tiles-adapter'),
      import('@photo-sphere-viewer/markers-plugin'),
      import('@photo-sphere-viewer/virtual-tour-plugin'),
    ]);
    const byId = new Map(tour.scenes.map((scene) => [scene.id, scene]));
    const start = byId.get(tour.startScene) ?? tour.scenes[0]!;
    const mount = this.querySelector<HTMLElement>('[data-viewer-mount]') ?? this;

    this.viewer = new Viewer({
      container: mount,
      adapter: EquirectangularTilesAdapter.withConfig({ showErrorTile: false }),
      lang: { zoom: 'Thu phóng', zoomOut: 'Thu nhỏ', zoomIn: 'Phóng to', fullscreen: 'Toàn màn hình', loading: 'Đang tải…' } as never,
      defaultYaw: start.view.yaw * DEG,
      defaultPitch: start.view.pitch * DEG,
      defaultZoomLvl: start.view.zoom,
      navbar: ['zoom', 'caption', 'fullscreen'],
      // Page scroll must keep working over the viewer: the wheel zooms only with Ctrl held.
      mousewheelCtrlKey: true,
      touchmoveTwoFingers: false,
      plugins: [
        MarkersPlugin,
        VirtualTourPlugin.withConfig({
          positionMode: 'manual',
          renderMode: '2d',
          startNodeId: start.id,
          nodes: tour.scenes.map((scene) => toNode(scene, byId)),
          preload: true,
          // Every scene opens facing the way its editor chose, matching its page and its address.
          transitionOptions: (node) => {
            const view = (node.data as { view: ViewerScene['view'] }).view;
            return { showLoader: true, effect: 'fade', speed: 1500, rotation: false, rotateTo: { yaw: view.yaw * DEG, pitch: view.pitch * DEG }, zoomTo: view.zoom };
          },
        }),
      ],
    });
    this.tourPlugin = this.viewer.getPlugin<VirtualTourPlugin>(VirtualTourPlugin);
    this.tourPlugin.addEventListener('node-changed', ({ node }) => {
      const data = node.data as { url: string; title: string };
      this.dispatchEvent(
        new CustomEvent<SceneChangeDetail>('hg:scene-change', { bubbles: true, detail: { sceneId: node.id, title: data.title, url: data.url } }),
      );
    });
    this.viewer.addEventListener('ready', () => {
      this.dataset.state = 'ready';
      this.dispatchEvent(new CustomEvent('hg:ready', { bubbles: true }));
      this.removePosterWhenSharp();
    }, { once: true });
    this.viewer.addEventListener('panorama-error', () => {
      this.dataset.state = 'error';
    });
  }

  /**
   * The poster stays on top until the live view is as sharp as the poster: the tiles in view
   * have arrived (PSV's tile queue has nothing pending or running). A timeout keeps a stalled
   * network from hiding the live viewer forever.
   */
  private removePosterWhenSharp(): void {
    const viewer = this.viewer!;
    // PSV keeps the adapter's tile queue internal; it is read, never changed (PSV pinned at 5.15.1).
    const adapter = (viewer as unknown as { adapter: unknown }).adapter as { queue?: { tasks: Record<string, { status: number }> }; state?: { tiles: object } };
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      viewer.removeEventListener('render', check);
      clearTimeout(timer);
      // Two frames later the canvas holds the sharp tiles, so the swap cannot show the blurry base.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          this.querySelector('[data-poster]')?.remove();
          this.dataset.state = 'sharp';
          this.dispatchEvent(new CustomEvent('hg:sharp', { bubbles: true }));
        }),
      );
    };
    function check() {
      const requested = Object.keys(adapter.state?.tiles ?? {}).length > 0;
      // Task status 1 = pending, 2 = running (equirectangular-tiles-adapter's Queue).
      const busy = Object.values(adapter.queue?.tasks ?? {}).some((task) => task.status === 1 || task.status === 2);
      if (requested && !busy) finish();
    }
    const timer = setTimeout(finish, 10_000);
    viewer.addEventListener('render', check);
    check();
  }
}

customElements.define('hg-viewer', HgViewer);

declare global {
  interface HTMLElementTagNameMap {
    'hg-viewer': HgViewer;
  }
}
