/**
 * Builds the Photo Sphere Viewer for a tour. This module is the first live frame's chunk (issue 13):
 * three.js, PSV's core, the tiles adapter, the virtual tour and markers, and our small plugins that
 * must be there from the start (poster swap, deep link, accessibility, reduced motion, storage).
 * Every other plugin is its own chunk, listed in late-plugins.ts and fetched after the first frame.
 */
import { Viewer } from '@photo-sphere-viewer/core';
import { MarkersPlugin } from '@photo-sphere-viewer/markers-plugin';
import { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import type { ViewerScene, ViewerTour } from '../../data/viewer-config.ts';
import { latePlugins } from './late-plugins.ts';
import { navbarFor, psvLang, registerNavbarButtons } from './navbar-buttons.ts';
import { AccessibleControlsPlugin } from './plugins/accessible-controls/index.ts';
import { DeepLinkPlugin, type UrlView } from './plugins/deep-link/index.ts';
import { LinkHintPlugin } from './plugins/link-hint/index.ts';
import { LatePluginsPlugin } from './plugins/late-plugins/index.ts';
import { PosterSwapPlugin } from './plugins/poster-swap/index.ts';
import { NEVER, ReducedMotionPlugin } from './plugins/reduced-motion/index.ts';
import { StorageFallbackPlugin } from './plugins/storage-fallback/index.ts';
import { WalkPlugin } from './plugins/walk/index.ts';
import type { VariantsPlugin } from './plugins/variants/index.ts';
import { SceneAdapter, VideoScenePlugin } from './plugins/video-scene/index.ts';
import type { ViewerStrings } from './strings.ts';
import type { ViewerChrome } from './viewer-chrome.ts';
import { DEG, toNode } from './tour-nodes.ts';
import { warmRenderer } from './warm-renderer.ts';
import { nextTask } from '../../util/idle.ts';
import { loadSystem, rendererSurface } from './renderer-surface.ts';
import { TilesAdapter, tilesConfig } from './tiles-adapter.ts';
import { whenSharp } from '../../util/when-sharp.ts';

export interface CreateViewerOptions {
  host: HTMLElement;
  mount: HTMLElement;
  tour: ViewerTour;
  strings: ViewerStrings;
  /** View asked for by the address (already validated). */
  urlView: UrlView;
  onSharp: () => void;
  /** What the viewer shows around the panorama; scene pages leave it out (full set). */
  chrome?: ViewerChrome;
}

export type { ViewerChrome } from './viewer-chrome.ts';

/**
 * Made in four tasks, not one (issue 13): our lists; the renderer's canvas and context, and PSV's checks
 * answered from it; the Viewer; its navbar. As one, it was a ≈ 100-ms task (400 ms at Lighthouse's 4×).
 */
export async function createViewer({ host, mount, tour, strings, urlView, onSharp, chrome = { ui: 'full', embed: false } }: CreateViewerOptions): Promise<Viewer> {
  StorageFallbackPlugin.install();
  registerNavbarButtons();
  const byId = new Map(tour.scenes.map((scene) => [scene.id, scene]));
  const start = byId.get(tour.startScene) ?? tour.scenes[0]!;
  const view = { ...start.view, ...urlView };
  const gallery = chrome.gallery ?? chrome.ui === 'full';
  // autorotate=1 starts after a short look at the first view; reduced motion still wins.
  const autostartDelay = chrome.autorotate === false ? NEVER : chrome.autorotate ? 2_000 : 30_000;

  // A tour with a 360° video scene gets the adapter that also plays videos (issue 18; its code downloads when needed).
  const hasVideo = tour.scenes.some((scene) => scene.video);
  const nodes = tour.scenes.map((scene) => toNode(scene, byId, strings));
  await nextTask();
  const surface = rendererSurface(mount);
  // PSV would log a failed check and show its own English message; the element shows ours.
  loadSystem(surface);
  await nextTask();
  const viewer: Viewer = new Viewer({
    container: mount,
    adapter: hasVideo ? SceneAdapter.withConfig({ tiles: tilesConfig(tour) }) : TilesAdapter.withConfig(tilesConfig(tour)),
    defaultYaw: view.yaw * DEG,
    defaultPitch: view.pitch * DEG,
    defaultZoomLvl: view.zoom,
    rendererParameters: { alpha: true, antialias: false, ...surface }, // a sphere seen from inside has no edges to smooth
    lang: psvLang(strings) as never,
    navbar: false, // set a task later
    // Page scroll keeps working over the viewer: the wheel zooms only with Ctrl held.
    mousewheelCtrlKey: true,
    // One finger scrolls the page until the viewer is tapped (TouchEngagePlugin, which arrives later).
    touchmoveTwoFingers: true,
    // Keys act only while focus is inside the viewer (KeyboardPlugin switches them on and off).
    keyboard: false,
    plugins: [
      StorageFallbackPlugin,
      MarkersPlugin,
      VirtualTourPlugin.withConfig({
        positionMode: 'manual',
        renderMode: '2d',
        startNodeId: start.id,
        nodes,
        // WalkPlugin preloads the linked scenes' bases when the page is idle, or on an arrow's hover or focus.
        preload: false,
        showLinkTooltip: false,
        // A jump (gallery, map, address) opens a scene facing the way its editor chose; the first one as the
        // address says, if it does. Arrows walk instead, facing the way of travel (WalkPlugin passes its own options).
        transitionOptions: (node, fromNode) => {
          const v = fromNode ? (node.data as { view: ViewerScene['view'] }).view : view;
          return { showLoader: true, effect: 'fade', speed: 1200, rotation: false, rotateTo: { yaw: v.yaw * DEG, pitch: v.pitch * DEG }, zoomTo: v.zoom };
        },
      }),
      // Following an arrow turns, zooms along it and cross-fades into the next scene facing the way of travel (issue 17).
      WalkPlugin.withConfig({ scenes: tour.scenes.map(({ id, heading, view: v, links }) => ({ id, heading, view: v, links })) }),
      PosterSwapPlugin.withConfig({
        poster: host.querySelector<HTMLElement>('[data-poster]'),
        // The build renders the poster at the scene's own opening view.
        posterView: { yaw: start.view.yaw * DEG, pitch: start.view.pitch * DEG, zoom: start.view.zoom },
        onSharp,
      }),
      ...(chrome.hero || chrome.embed || chrome.kiosk
        ? []
        : [
            DeepLinkPlugin.withConfig({
              sceneUrls: Object.fromEntries(tour.scenes.map((s) => [s.id, s.url])),
              extraParams: () => ({ variant: viewer.getPlugin<VariantsPlugin>('hg-variants')?.current }),
            }),
          ]),
      // The way on stays in sight from the first frame (issue 16); a home hero turns on its own and keeps its edges clear.
      ...(chrome.hero ? [] : [LinkHintPlugin.withConfig({ titles: Object.fromEntries(tour.scenes.map((s) => [s.id, s.title])), label: strings.turnTowards })]),
      // Small, and needed at once when the first scene is a video.
      ...(hasVideo ? [VideoScenePlugin.withConfig({ autoplay: true })] : []),
      AccessibleControlsPlugin,
      ReducedMotionPlugin.withConfig({ autostartDelay }),
      LatePluginsPlugin.withConfig({
        keyTarget: host,
        // After the first view's tiles: fetched sooner, on a slow link they held those up (BENCHMARKS.md, turn 6).
        waitFor: (go) => whenSharp(host, go),
        plugins: latePlugins({
          host,
          tour,
          strings,
          chrome,
          gallery,
          variant: urlView.variant,
          autorotate: () => viewer.getPlugin<ReducedMotionPlugin>(ReducedMotionPlugin)!.autorotateOptions(),
          virtualTour: () => viewer.getPlugin<VirtualTourPlugin>(VirtualTourPlugin),
        }),
      }),
    ],
  });
  warmRenderer(viewer);
  const navbar = navbarFor(chrome, gallery);
  if (navbar) {
    await nextTask();
    viewer.setOption('navbar', navbar);
    // PSV shows its navbar on `ready`, which a cached base image may have reached already.
    if (viewer.state.ready) viewer.navbar.show();
  }
  return viewer;
}
