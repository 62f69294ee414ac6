/**
 * <hg-viewer>: the 360° tour viewer as a custom element. It reads its tour from a child
 * `<script type="application/json">`, loads three.js and Photo Sphere Viewer only when it comes
 * near the viewport, and reports through DOM events; page chrome (scene text) stays outside and
 * listens to `hg:scene-change`. Without WebGL, or if the viewer fails, the poster and the page's
 * text stay, with a message saying why.
 */
import type { Viewer } from '@photo-sphere-viewer/core';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import type { ViewerTour } from '../../data/viewer-config.ts';
import { addressOptions, parseEmbedOptions } from '../../embed/embed-options.ts';
import type { ViewerChrome } from './viewer-chrome.ts';
import { parseViewParams } from './plugins/deep-link/url-view.ts';
import { guideAddress } from './plugins/guided-tour/address.ts';
import { viewerStrings } from './strings.ts';
import { warmWebgl } from './warm-webgl.ts';
import { DEG } from '../../util/angles.ts';


export interface SceneChangeDetail {
  sceneId: string;
  title: string;
  url: string;
}

/**
 * Whether the browser has WebGL at all. Only the API is checked: creating a probe context costs
 * up to ~0.4 s on software renderers; a context that then fails is caught when the viewer starts.
 */
function webglAvailable(): boolean {
  return 'WebGL2RenderingContext' in window || 'WebGLRenderingContext' in window;
}

/**
 * The files of the viewer's first chunk (create-viewer.ts and what it imports), written in by the
 * build (src/integrations/viewer-core-preload.ts); JSON.parse keeps the minifier from folding it.
 */
const CORE_CHUNKS = (JSON.parse('{"files":"__HG_VIEWER_CORE_CHUNKS__"}') as { files: string }).files.split(',').filter((f) => f.startsWith('/'));

/**
 * Fetches (and compiles) the first chunk now, without running it: at low priority, so that on a slow
 * link the poster's bytes go first (the chunk is not run before the poster has painted anyway).
 * Fetched only once the poster had painted, the first live frame came ≈ 190 ms (10 %) later on the
 * slow link, whose bytes are the bottleneck there (turns 6 and 9, BENCHMARKS.md), though Lighthouse's
 * simulation then counts these files into the poster's LCP (≈ 2.8 s instead of 1.5 s).
 */
function preloadCore(): void {
  for (const href of CORE_CHUNKS) {
    if (document.head.querySelector(`link[rel="modulepreload"][href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.fetchPriority = 'low';
    link.href = href;
    document.head.append(link);
  }
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Resolves once the poster is on screen: decoded, then two frames later (the first frame after
 * the decode has been painted). No viewer code runs before (issue 13: the poster is the page's
 * Largest Contentful Paint, and three.js evaluating would hold it up).
 */
async function posterPainted(host: HTMLElement): Promise<void> {
  const img = host.querySelector<HTMLImageElement>('[data-poster] img');
  if (!img) return;
  await img.decode().catch(() => undefined);
  // A hidden tab paints no frames: there the decode is enough.
  if (!document.hidden) await nextFrame().then(nextFrame);
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
    if (this.hasAttribute('data-embed')) this.readEmbedAddress();
    // A kiosk screen (`?kiosk=1`, issue 17): the page drops its chrome before the viewer lays out.
    else if (!this.hasAttribute('data-hero') && guideAddress(location.search).kiosk) {
      document.documentElement.dataset.kiosk = '';
      this.dataset.ui = 'none';
      this.dataset.kiosk = '';
    }
    // The region can take focus: Escape from inside lands here, and the next Tab leaves the viewer.
    if (!this.hasAttribute('tabindex')) this.tabIndex = -1;
    if (!webglAvailable()) {
      this.fail('unsupported', viewerStrings().noWebgl);
      return;
    }
    if (this.dataset.start === 'intent') {
      this.waitForIntent();
      return;
    }
    // A viewer already on screen starts at once: waiting for the observer costs a frame or two.
    const box = this.getBoundingClientRect();
    if (box.top < innerHeight && box.bottom > 0) {
      preloadCore();
      void this.start();
      return;
    }
    // Three.js and PSV are ~200 KiB gzipped: fetch them only when the viewer is about to be seen.
    this.observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          this.observer?.disconnect();
          preloadCore();
          void this.start();
        }
      },
      { rootMargin: '200px' },
    );
    this.observer.observe(this);
  }

  /**
   * The home page's hero (`data-start="intent"`) stays a poster until the visitor shows interest: the
   * pointer over it, a touch, a key or focus inside it, or its "look around" button. A visitor who
   * only scrolls on to the tours (most, on a phone) never downloads three.js and the tiles (≈ 250 KiB,
   * 1.5 s of a 1.6 Mbit/s mountain link) nor waits for them to run; Lighthouse's mobile run measured
   * the live-at-load hero at 3.8 s of blocked main thread (BENCHMARKS.md, bench:lighthouse).
   */
  private waitForIntent(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-viewer-start]');
    const signs = ['pointerenter', 'pointerdown', 'focusin', 'keydown'] as const;
    const begin = () => {
      for (const type of signs) this.removeEventListener(type, begin);
      // The button goes with the poster's role; keyboard focus moves to the viewer, not to the page's top.
      if (button && document.activeElement === button) this.focus();
      button?.remove();
      preloadCore();
      void this.start();
    };
    for (const type of signs) this.addEventListener(type, begin);
    if (button) button.hidden = false;
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

  /** Current view in the editors' degrees (yaw in [0, 360)), or undefined before the viewer runs. */
  get view(): { yaw: number; pitch: number; zoom: number } | undefined {
    if (!this.viewer) return undefined;
    const { yaw, pitch } = this.viewer.getPosition();
    return { yaw: yaw / DEG, pitch: pitch / DEG, zoom: this.viewer.getZoomLevel() };
  }

  /** The PSV instance, for tests and for partners' scripts through the embed API. */
  get psv(): Viewer | undefined {
    return this.viewer;
  }

  /** Moves the viewer to another scene of the tour. */
  async goTo(sceneId: string): Promise<void> {
    await this.tourPlugin?.setCurrentNode(sceneId);
  }

  /**
   * Embed pages (`data-embed`) take their options from the address, validated, and hand them on as
   * the data attributes the viewer reads (`data-ui`, `data-gallery`, `data-autorotate`).
   */
  private readEmbedAddress(): void {
    const tour = this.tour!;
    const { options, ignored } = parseEmbedOptions(addressOptions(location.search, location.hash), tour.scenes.map((s) => s.id));
    for (const reason of ignored) console.warn(`[hg-viewer] ignored embed option ${reason}`);
    if (options.ui) this.dataset.ui = options.ui;
    if (options.gallery !== undefined) this.dataset.gallery = options.gallery ? '1' : '0';
    if (options.autorotate !== undefined) this.dataset.autorotate = options.autorotate ? '1' : '0';
    if (options.lang) document.documentElement.lang = options.lang;
    if (options.scene && options.scene !== tour.startScene) {
      tour.startScene = options.scene;
      // The build-time poster shows the page's own scene: better no poster than the wrong one.
      this.querySelector('[data-poster]')?.remove();
    }
  }

  /** Viewer chrome asked for by data attributes; scene pages set none and get the full set. */
  private get chrome(): ViewerChrome {
    const flag = (value: string | undefined) => (value === '1' ? true : value === '0' ? false : undefined);
    const ui = this.dataset.ui;
    return {
      ui: ui === 'none' || ui === 'minimal' ? ui : 'full',
      gallery: flag(this.dataset.gallery),
      autorotate: flag(this.dataset.autorotate),
      embed: this.hasAttribute('data-embed'),
      hero: this.hasAttribute('data-hero'),
      kiosk: this.hasAttribute('data-kiosk'),
    };
  }

  private fail(state: 'unsupported' | 'error', message: string): void {
    this.dataset.state = state;
    let note = this.querySelector<HTMLElement>('.viewer-message[role="status"]');
    if (!note) {
      note = document.createElement('p');
      note.className = 'viewer-message';
      note.setAttribute('role', 'status');
      this.append(note);
    }
    note.textContent = message;
    this.dispatchEvent(new CustomEvent('hg:error', { bubbles: true, detail: { state } }));
  }

  private async start(): Promise<void> {
    const tour = this.tour!;
    const strings = viewerStrings();
    // Embeds also read the hash; scene pages keep the view in the query string (deep links).
    const { view: urlView, ignored } = parseViewParams(this.hasAttribute('data-embed') ? addressOptions(location.search, location.hash) : location.search);
    for (const reason of ignored) console.warn(`[hg-viewer] ignored address parameter ${reason}`);
    try {
      // The GPU's start-up, off the main thread, while the poster paints and the viewer's chunk
      // downloads (no viewer code runs before the poster is on screen; a worker is not viewer code).
      const gpuStarted = warmWebgl();
      await posterPainted(this);
      if (!this.isConnected) return;
      const [{ createViewer }] = await Promise.all([import('./create-viewer.ts'), gpuStarted]);
      if (!this.isConnected) return;
      const viewer = await createViewer({
        host: this,
        mount: this.querySelector<HTMLElement>('[data-viewer-mount]') ?? this,
        tour,
        strings,
        urlView,
        chrome: this.chrome,
        onSharp: () => {
          this.dataset.state = 'sharp';
          this.dispatchEvent(new CustomEvent('hg:sharp', { bubbles: true }));
        },
      });
      // The viewer is made over a few tasks: the page may have dropped the element meanwhile.
      if (!this.isConnected) {
        viewer.destroy();
        return;
      }
      this.viewer = viewer;
    } catch (error) {
      // three.js cannot make a WebGL context (disabled, blocklisted GPU): the same as no WebGL.
      const noWebgl = /webgl/i.test(String((error as Error)?.message));
      if (!noWebgl) console.error(error);
      this.fail(noWebgl ? 'unsupported' : 'error', noWebgl ? strings.noWebgl : strings.failed);
      return;
    }
    this.tourPlugin = this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
    // Editors' hotspot picker (`?edit` or the E key, docs/editing.md): `astro dev` only. The build
    // replaces import.meta.env.DEV with false, so the branch and the picker's chunk are dropped.
    if (import.meta.env.DEV && !this.hasAttribute('data-embed')) {
      const viewer = this.viewer;
      void import('./plugins/editor-picker/index.ts').then(({ attachEditorPicker }) => {
        if (this.viewer === viewer) attachEditorPicker(viewer, tour);
      });
    }
    this.tourPlugin?.addEventListener('node-changed', ({ node }) => {
      const data = node.data as { url: string; title: string };
      this.dispatchEvent(new CustomEvent<SceneChangeDetail>('hg:scene-change', { bubbles: true, detail: { sceneId: node.id, title: data.title, url: data.url } }));
    });
    const ready = () => {
      if (this.dataset.state === 'idle') this.dataset.state = 'ready';
      this.dispatchEvent(new CustomEvent('hg:ready', { bubbles: true }));
    };
    if (this.viewer.state.ready) ready();
    else this.viewer.addEventListener('ready', ready, { once: true });
    this.viewer.addEventListener('panorama-error', () => this.fail('error', strings.failed));
  }
}

customElements.define('hg-viewer', HgViewer);

declare global {
  interface HTMLElementTagNameMap {
    'hg-viewer': HgViewer;
  }
}
