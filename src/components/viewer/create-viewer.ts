/**
 * Builds the Photo Sphere Viewer for a tour: the tiles adapter, PSV's official plugins configured
 * for tourists, and our own plugins (plugins/). Loaded with three.js only when a viewer is near the
 * viewport (hg-viewer.ts imports this module dynamically).
 */
import { SYSTEM, Viewer, type NavbarCustomButton } from '@photo-sphere-viewer/core';
import { AutorotatePlugin } from '@photo-sphere-viewer/autorotate-plugin';
import { CompassPlugin } from '@photo-sphere-viewer/compass-plugin';
import { EquirectangularTilesAdapter } from '@photo-sphere-viewer/equirectangular-tiles-adapter';
import { GalleryPlugin } from '@photo-sphere-viewer/gallery-plugin';
import { GyroscopePlugin } from '@photo-sphere-viewer/gyroscope-plugin';
import { MapPlugin } from '@photo-sphere-viewer/map-plugin';
import { MarkersPlugin } from '@photo-sphere-viewer/markers-plugin';
import { StereoPlugin } from '@photo-sphere-viewer/stereo-plugin';
import { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import type { ViewerScene, ViewerTour } from '../../data/viewer-config.ts';
import { ICONS } from './icons.ts';
import { EMBED_COMMAND_ORIGINS } from '../../config/embed.ts';
import { DeepLinkPlugin, type DeepLinkConfig, type UrlView } from './plugins/deep-link/index.ts';
import { EmbedApiPlugin, type EmbedApiConfig } from './plugins/embed-api/index.ts';
import { HELP_BUTTON, KeyboardPlugin, type KeyboardConfig } from './plugins/keyboard/index.ts';
import { LinkHintPlugin, type LinkHintConfig } from './plugins/link-hint/index.ts';
import { AMBIENCE_BUTTON, NARRATION_BUTTON, NarrationPlugin, type NarrationConfig } from './plugins/narration/index.ts';
import { NorthPlugin, type NorthConfig } from './plugins/north/index.ts';
import { PosterSwapPlugin, type PosterSwapConfig } from './plugins/poster-swap/index.ts';
import { PSEUDO_FULLSCREEN_BUTTON, PseudoFullscreenPlugin } from './plugins/pseudo-fullscreen/index.ts';
import { TouchEngagePlugin } from './plugins/touch-engage/index.ts';
import { VariantsPlugin, type VariantsConfig } from './plugins/variants/index.ts';
import { VR_BUTTON, WebXrPlugin, type WebXrConfig } from './plugins/webxr/index.ts';
import { SceneAdapter, VideoScenePlugin, type VideoSceneConfig } from './plugins/video-scene/index.ts';
import type { ViewerStrings } from './strings.ts';
import { DEG, tiledPanorama, toNode } from './tour-nodes.ts';

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

/**
 * Options of embed pages (docs/embedding.md). `ui`: 'none' hides the navbar, 'minimal' keeps zoom
 * and fullscreen, 'full' is the scene page's set. `gallery`/`autorotate` undefined = as on scene
 * pages. `embed` swaps the deep link (the address is the partner's frame) for the message API.
 */
export interface ViewerChrome {
  ui: 'none' | 'minimal' | 'full';
  gallery?: boolean | undefined;
  autorotate?: boolean | undefined;
  embed: boolean;
  /** A home-page hero: the address belongs to the home page, so no deep link (and no message API). */
  hero?: boolean;
}

/** PSV's autorotate takes `null` for "never start on its own"; its types only say number. */
const NEVER = null as unknown as number;

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

function button(id: string, title: string, content: string, onClick: (viewer: Viewer) => void): NavbarCustomButton {
  return { id, title, content, onClick, className: `hg-button ${id}` };
}

export function createViewer({ host, mount, tour, strings, urlView, onSharp, chrome = { ui: 'full', embed: false } }: CreateViewerOptions): Viewer {
  ensureLocalStorage();
  // PSV would log this and show its own English message; the element shows ours instead. The
  // check is cached by PSV, so the viewer does not create a second context for it.
  SYSTEM.load();
  const byId = new Map(tour.scenes.map((scene) => [scene.id, scene]));
  const start = byId.get(tour.startScene) ?? tour.scenes[0]!;
  const view = { ...start.view, ...urlView };
  const pseudoFullscreen = PseudoFullscreenPlugin.needed;
  const lang = document.documentElement.lang.startsWith('en') ? 'en' : 'vi';
  const gallery = chrome.gallery ?? chrome.ui === 'full';
  // autorotate=1 starts after a short look at the first view; reduced motion still wins.
  const autorotateDelay = reducedMotion() || chrome.autorotate === false ? NEVER : chrome.autorotate ? 2_000 : 30_000;
  const fullscreenButton = pseudoFullscreen
    ? // On a phone the navbar folds buttons into a menu; fullscreen stays at hand.
      { ...button(PSEUDO_FULLSCREEN_BUTTON, strings.fullscreen, ICONS.fullscreen, (v) => v.getPlugin<PseudoFullscreenPlugin>(PseudoFullscreenPlugin)!.toggle()), collapsable: false }
    : 'fullscreen';
  // Hidden by WebXrPlugin until the browser says it can start an immersive-vr session.
  const vrButton = button(VR_BUTTON, strings.enterVr, ICONS.vr, (v) => void v.getPlugin<WebXrPlugin>(WebXrPlugin)!.enter());
  const fullNavbar = [
    'zoom',
    ...(gallery ? ['gallery'] : []),
    button(NARRATION_BUTTON, strings.narrationPlay, ICONS.narration, (v) => v.getPlugin<NarrationPlugin>(NarrationPlugin)!.toggleNarration()),
    button(AMBIENCE_BUTTON, strings.ambienceOn, ICONS.ambience, (v) => v.getPlugin<NarrationPlugin>(NarrationPlugin)!.toggleAmbience()),
    'caption',
    // Sharing copies the page address: inside a partner's frame that would be the embed's.
    ...(chrome.embed ? [] : [button('hg-share', strings.share, ICONS.share, (v) => void share(v, strings))]),
    // Keyboard help only where there is a keyboard-and-mouse kind of pointer (not on phones).
    ...(!(matchMedia('(pointer: coarse)').matches || (navigator.maxTouchPoints > 0 && innerWidth < 640)) ? [button(HELP_BUTTON, strings.help, ICONS.help, (v) => v.getPlugin<KeyboardPlugin>(KeyboardPlugin)!.toggleHelp())] : []),
    'gyroscope',
    'stereo',
    vrButton,
    fullscreenButton,
  ];
  const navbar = chrome.ui === 'none' ? false : chrome.ui === 'minimal' ? ['zoom', ...(gallery ? ['gallery'] : []), fullscreenButton] : fullNavbar;

  // A tour with a 360° video scene gets the adapter that also plays videos (issue 18); the video
  // code itself downloads when a video scene is first shown.
  const hasVideo = tour.scenes.some((scene) => scene.video);
  const viewer = new Viewer({
    container: mount,
    adapter: hasVideo ? SceneAdapter.withConfig({ tiles: { showErrorTile: false } }) : EquirectangularTilesAdapter.withConfig({ showErrorTile: false }),
    defaultYaw: view.yaw * DEG,
    defaultPitch: view.pitch * DEG,
    defaultZoomLvl: view.zoom,
    lang: {
      zoom: strings.zoom,
      zoomIn: strings.zoomIn,
      zoomOut: strings.zoomOut,
      moveUp: strings.moveUp,
      moveDown: strings.moveDown,
      moveLeft: strings.moveLeft,
      moveRight: strings.moveRight,
      fullscreen: strings.fullscreen,
      loading: strings.loading,
      videoPlay: strings.videoPlay,
      videoVolume: strings.videoVolume,
      twoFingers: strings.twoFingers,
      ctrlZoom: strings.ctrlZoom,
      gallery: strings.gallery,
      gyroscope: strings.gyroscope,
      stereo: strings.stereo,
      map: strings.map,
      mapMaximize: strings.mapExpand,
      mapMinimize: strings.mapMinimize,
      mapReset: strings.mapReset,
      mapNorth: strings.mapNorth,
    } as never,
    navbar,
    // Page scroll keeps working over the viewer: the wheel zooms only with Ctrl held.
    mousewheelCtrlKey: true,
    // Keys act only while focus is inside the viewer (KeyboardPlugin switches them on and off).
    keyboard: false,
    plugins: [
      MarkersPlugin,
      ...(gallery ? [GalleryPlugin.withConfig({ thumbnailSize: { width: 160, height: 90 }, hideOnClick: true })] : []),
      CompassPlugin.withConfig({ size: matchMedia('(max-width: 639px)').matches ? '64px' : '90px', position: 'top right', navigation: true }),
      MapPlugin.withConfig({ size: '180px', position: 'bottom right', visibleOnLoad: false, static: true, defaultZoom: 60, minimizeOnHotspotClick: true }),
      GyroscopePlugin,
      StereoPlugin,
      // Never under prefers-reduced-motion; elsewhere only after a long idle moment.
      AutorotatePlugin.withConfig({ autostartDelay: autorotateDelay, autostartOnIdle: autorotateDelay !== NEVER, autorotateSpeed: '1rpm' }),
      VirtualTourPlugin.withConfig({
        positionMode: 'manual',
        renderMode: '2d',
        startNodeId: start.id,
        nodes: tour.scenes.map((scene) => toNode(scene, byId, strings)),
        preload: true,
        showLinkTooltip: false,
        map: { imageUrl: tour.map.imageUrl, size: { width: tour.map.width, height: tour.map.height } },
        // Every scene opens facing the way its editor chose; the first one as the address says, if it does.
        transitionOptions: (node, fromNode) => {
          const v = fromNode ? (node.data as { view: ViewerScene['view'] }).view : view;
          return { showLoader: true, effect: 'fade', speed: 1200, rotation: false, rotateTo: { yaw: v.yaw * DEG, pitch: v.pitch * DEG }, zoomTo: v.zoom };
        },
      }),
      // North on the compass and the mini map from each photo's GPano heading; editors' yaws unchanged.
      [NorthPlugin, { headings: Object.fromEntries(tour.scenes.map((s) => [s.id, s.heading])) }] as [typeof NorthPlugin, NorthConfig],
      [PosterSwapPlugin, { poster: host.querySelector<HTMLElement>('[data-poster]'), onSharp }] as [typeof PosterSwapPlugin, PosterSwapConfig],
      ...(chrome.hero ? [] : [chrome.embed
        ? ([EmbedApiPlugin, { origins: EMBED_COMMAND_ORIGINS, titles: Object.fromEntries(tour.scenes.map((s) => [s.id, s.title])) }] as [typeof EmbedApiPlugin, EmbedApiConfig])
        : ([DeepLinkPlugin, {
            sceneUrls: Object.fromEntries(tour.scenes.map((s) => [s.id, s.url])),
            extraParams: () => ({ variant: viewer.getPlugin<VariantsPlugin>(VariantsPlugin)?.current }),
          }] as [typeof DeepLinkPlugin, DeepLinkConfig])]),
      [NarrationPlugin, { scenes: Object.fromEntries(tour.scenes.map((s) => [s.id, { narration: s.narration, ambience: s.ambience }])), lang, strings }] as [typeof NarrationPlugin, NarrationConfig],
      [KeyboardPlugin, { host, strings }] as [typeof KeyboardPlugin, KeyboardConfig],
      [VariantsPlugin, {
        scenes: Object.fromEntries(tour.scenes.map((s) => [s.id, { mainLabel: s.photoLabel ?? s.title, main: s.panorama, variants: s.variants }])),
        initial: urlView.variant,
        label: strings.variants,
        toPanorama: tiledPanorama,
      }] as [typeof VariantsPlugin, VariantsConfig],
      [TouchEngagePlugin, host],
      // The way on stays in sight (issue 16); a home hero turns on its own and keeps its edges clear.
      ...(chrome.hero ? [] : [[LinkHintPlugin, { titles: Object.fromEntries(tour.scenes.map((s) => [s.id, s.title])), label: strings.turnTowards }] as [typeof LinkHintPlugin, LinkHintConfig]]),
      [WebXrPlugin, { scenes: tour.scenes, strings }] as [typeof WebXrPlugin, WebXrConfig],
      ...(hasVideo ? [[VideoScenePlugin, { autoplay: true }] as [typeof VideoScenePlugin, VideoSceneConfig]] : []),
      ...(pseudoFullscreen ? [[PseudoFullscreenPlugin, host] as [typeof PseudoFullscreenPlugin, HTMLElement]] : []),
    ],
  });
  viewer.addEventListener('ready', () => makeControlsAccessible(viewer), { once: true });
  // The autorotate plugin must stay still when reduced motion is asked for later on, too.
  matchMedia('(prefers-reduced-motion: reduce)').addEventListener('change', (e) => {
    const autorotate = viewer.getPlugin<AutorotatePlugin>(AutorotatePlugin);
    if (e.matches) autorotate?.stop();
    autorotate?.setOptions({ autostartDelay: e.matches ? NEVER : 30_000, autostartOnIdle: !e.matches });
  });
  return viewer;
}

/**
 * PSV remembers touch support in localStorage, and reading it throws in a partner's frame when the
 * browser blocks third-party storage (Chromium with third-party cookies off): the viewer would
 * never start. There, a storage kept in memory for the page's life does the same job.
 */
function ensureLocalStorage(): void {
  try {
    void window.localStorage;
  } catch {
    const items = new Map<string, string>();
    const memory = {
      get length() { return items.size; },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, String(v)),
      removeItem: (k: string) => void items.delete(k),
      clear: () => items.clear(),
    };
    // PSV reads and writes it as a plain object (`key in localStorage`, `localStorage[key] = …`).
    Object.defineProperty(window, 'localStorage', { value: memory, configurable: true });
  }
}

/**
 * PSV's navbar buttons are focusable <div>s named only by a tooltip, and the mini map's buttons
 * are not focusable at all: give them the button role, their name, a place in the Tab order and
 * Enter/Space, and keep names in step when PSV changes a tooltip (fullscreen on/off).
 */
function makeControlsAccessible(viewer: Viewer): void {
  const root = viewer.container;
  const fix = () => {
    for (const el of root.querySelectorAll<HTMLElement>('.psv-navbar .psv-button[tabindex], .psv-map__button')) {
      if (el.getAttribute('role') !== 'button') el.setAttribute('role', 'button');
      if (!el.hasAttribute('tabindex')) {
        el.tabIndex = 0;
        el.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            el.click();
          }
        });
      }
      const name = el.classList.contains('psv-caption') ? el.textContent?.trim() : el.title;
      if (name && el.getAttribute('aria-label') !== name) el.setAttribute('aria-label', name);
    }
  };
  fix();
  new MutationObserver(fix).observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['title'] });
}

/** Share the address of this exact view: the system share sheet where there is one, else the clipboard. */
async function share(viewer: Viewer, strings: ViewerStrings): Promise<void> {
  viewer.getPlugin<DeepLinkPlugin>(DeepLinkPlugin)?.replace();
  const url = location.href;
  if (navigator.share) {
    await navigator.share({ title: document.title, url }).catch(() => undefined);
    return;
  }
  await navigator.clipboard?.writeText(url);
  viewer.notification.show({ content: strings.copied, timeout: 3000 });
}
