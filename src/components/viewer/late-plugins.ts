/**
 * The plugins that are not needed for the first live frame (issue 13), each its own chunk: fetched
 * by LatePluginsPlugin when the page is idle after that frame, or at once when the tourist reaches
 * for one. The list is in start order (stereo needs the gyroscope). Gallery, mini map and compass
 * are introduced to the virtual tour when they arrive, as it would have found them at its start.
 */
import type { CompassPlugin } from '@photo-sphere-viewer/compass-plugin';
import type { GalleryPlugin } from '@photo-sphere-viewer/gallery-plugin';
import type { MapPlugin } from '@photo-sphere-viewer/map-plugin';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { EMBED_COMMAND_ORIGINS } from '../../config/embed.ts';
import type { ViewerTour } from '../../data/viewer-config.ts';
import type { ViewerChrome } from './viewer-chrome.ts';
import { guideAddress } from './plugins/guided-tour/address.ts';
import { GUIDE_KEYS } from './plugins/guided-tour/model.ts';
import type { LatePlugin } from './plugins/late-plugins/index.ts';
import type { ViewerStrings } from './strings.ts';
import { tiledPanorama } from './tour-nodes.ts';
import { whenSharp } from '../../util/when-sharp.ts';

export interface LatePluginsInput {
  host: HTMLElement;
  tour: ViewerTour;
  strings: ViewerStrings;
  chrome: ViewerChrome;
  gallery: boolean;
  /** The variant asked for by the address. */
  variant: string | undefined;
  autorotate: () => { autostartDelay: number; autostartOnIdle: boolean };
  virtualTour: () => VirtualTourPlugin | undefined;
}

/** The virtual tour's own hooks for plugins it found at its start (PSV 5.15.1, pinned). */
interface TourInternals {
  getCurrentNode(): { links?: unknown[] } | null;
  gallery?: GalleryPlugin;
  map?: MapPlugin;
  compass?: CompassPlugin;
  config: { map?: { imageUrl: string; size: { width: number; height: number } } };
  __setGalleryItems(): void;
  __setMapHotspots(): void;
  __getNodeMapPosition(node: unknown): { x: number; y: number } | null;
  __getLinkPosition(node: unknown, link: unknown): { yaw: number; pitch: number };
}

export function latePlugins({ host, tour, strings, chrome, gallery, variant, autorotate, virtualTour }: LatePluginsInput): LatePlugin[] {
  const internals = () => virtualTour() as unknown as TourInternals | undefined;
  const lang = document.documentElement.lang.startsWith('en') ? 'en' : 'vi';
  // Read now: the deep link rewrites the address (view, scene) before the late plugins start.
  const guide = guideAddress(location.search);
  const plugins: (LatePlugin | false)[] = [
    // A partner page may be waiting for `ready`: the message API comes first.
    !chrome.hero && chrome.embed && {
      id: 'hg-embed-api',
      load: () => import('./plugins/embed-api/index.ts').then((m) => m.EmbedApiPlugin),
      options: { origins: EMBED_COMMAND_ORIGINS, titles: Object.fromEntries(tour.scenes.map((s) => [s.id, s.title])) },
    },
    { id: 'hg-keyboard', load: () => import('./plugins/keyboard/index.ts').then((m) => m.KeyboardPlugin), options: { host, strings } },
    { id: 'hg-touch-engage', load: () => import('./plugins/touch-engage/index.ts').then((m) => m.TouchEngagePlugin), options: host },
    gallery && {
      id: 'gallery',
      load: () => import('@photo-sphere-viewer/gallery-plugin').then((m) => m.GalleryPlugin),
      options: { thumbnailSize: { width: 160, height: 90 }, hideOnClick: true },
      attach: (plugin) => {
        const t = internals();
        if (!t) return;
        t.gallery = plugin as GalleryPlugin;
        t.__setGalleryItems();
      },
    },
    {
      id: 'compass',
      load: () => import('@photo-sphere-viewer/compass-plugin').then((m) => m.CompassPlugin),
      // Smaller on phones, where the viewer is narrow (issue 16).
      options: { size: matchMedia('(max-width: 639px)').matches ? '64px' : '90px', position: 'top right', navigation: true },
      attach: (plugin) => {
        const compass = plugin as CompassPlugin;
        // PSV shows its compass on the viewer's `ready`, which has passed when it arrives late. Here it
        // shows once the view is sharp (the late plugins come after it, unless the tourist reached for
        // one sooner): its first drawing makes its canvas, which waits for the GPU process, and while the
        // first tiles were being drawn that was a 100-ms task at Lighthouse's 4× slowdown (a 400-ms one;
        // BENCHMARKS.md, "First view: turn 6's changes").
        whenSharp(host, () => compass.show());
        const t = internals();
        const node = t?.getCurrentNode();
        if (!t || !node) return;
        t.compass = compass;
        t.compass.setHotspots(node.links?.map((link) => t.__getLinkPosition(node, link)) ?? []);
      },
    },
    {
      id: 'map',
      load: () => import('@photo-sphere-viewer/map-plugin').then((m) => m.MapPlugin),
      options: { size: '180px', position: 'bottom right', visibleOnLoad: false, static: true, defaultZoom: 60, minimizeOnHotspotClick: true },
      attach: (plugin) => {
        const t = internals();
        if (!t) return;
        const map = (t.map = plugin as MapPlugin);
        t.config.map = { imageUrl: tour.map.imageUrl, size: { width: tour.map.width, height: tour.map.height } };
        map.addEventListener('select-hotspot', t as unknown as EventListenerObject);
        map.setImage(tour.map.imageUrl);
        t.__setMapHotspots();
        const node = t.getCurrentNode();
        const center = node && t.__getNodeMapPosition(node);
        if (center) map.setCenter(center);
      },
    },
    // North on the compass and the mini map from each photo's GPano heading (issue 14); after both.
    {
      id: 'hg-north',
      load: () => import('./plugins/north/index.ts').then((m) => m.NorthPlugin),
      options: { headings: Object.fromEntries(tour.scenes.map((s) => [s.id, s.heading])) },
    },
    { id: 'gyroscope', load: () => import('@photo-sphere-viewer/gyroscope-plugin').then((m) => m.GyroscopePlugin) },
    { id: 'stereo', load: () => import('@photo-sphere-viewer/stereo-plugin').then((m) => m.StereoPlugin) },
    { id: 'autorotate', load: () => import('@photo-sphere-viewer/autorotate-plugin').then((m) => m.AutorotatePlugin), options: () => ({ ...autorotate(), autorotateSpeed: '1rpm' }) },
    {
      id: 'hg-narration',
      load: () => import('./plugins/narration/index.ts').then((m) => m.NarrationPlugin),
      options: { scenes: Object.fromEntries(tour.scenes.map((s) => [s.id, { narration: s.narration, ambience: s.ambience }])), music: tour.music, lang, strings },
    },
    {
      id: 'hg-variants',
      load: () => import('./plugins/variants/index.ts').then((m) => m.VariantsPlugin),
      options: {
        scenes: Object.fromEntries(tour.scenes.map((s) => [s.id, { mainLabel: s.photoLabel ?? s.title, main: s.panorama, variants: s.variants }])),
        initial: variant,
        label: strings.variants,
        toPanorama: tiledPanorama,
      },
    },
    // "Play the tour" (issue 17), after narration (it plays the scenes' narration); `?autoplay=1`, `?kiosk=1`.
    !chrome.embed && !chrome.hero && {
      id: 'hg-guided-tour',
      load: () => import('./plugins/guided-tour/index.ts').then((m) => m.GuidedTourPlugin),
      keys: GUIDE_KEYS,
      options: () => ({
        host,
        order: tour.guide,
        scenes: Object.fromEntries(tour.scenes.map((s) => [s.id, { title: s.title, hotspots: s.hotspots.map(({ id, yaw, pitch, title, text }) => ({ id, yaw, pitch, title, text })) }])),
        strings,
        ...guide,
      }),
    },
    !chrome.embed && !chrome.hero && { id: 'hg-share', load: () => import('./plugins/share/index.ts').then((m) => m.SharePlugin), options: { copied: strings.copied } },
    { id: 'hg-webxr', load: () => import('./plugins/webxr/index.ts').then((m) => m.WebXrPlugin), options: { scenes: tour.scenes, strings } },
    !document.fullscreenEnabled && { id: 'hg-pseudo-fullscreen', load: () => import('./plugins/pseudo-fullscreen/index.ts').then((m) => m.PseudoFullscreenPlugin), options: host },
  ];
  return plugins.filter((p): p is LatePlugin => !!p);
}
