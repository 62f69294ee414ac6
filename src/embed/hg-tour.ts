/**
 * <hg-tour>: a Hà Giang 360 tour on a partner's page, served as /embed.js (src/pages/embed.js.ts
 * strips the types; no bundler, no three.js, no PSV — those load inside the frame, lazily).
 *
 *   <script src="https://hagiang360.example/embed.js" defer></script>
 *   <hg-tour tour="dong-van" scene="pho-co" yaw="30" ui="minimal" lang="en"></hg-tour>
 *
 * It makes a lazy, 16:9 iframe to /embed/<tour>/[<scene>/], offers gotoScene(), setView(),
 * getState(), playNarration(), pauseNarration(), and re-dispatches the frame's events as
 * `hg-ready`, `hg-scene-changed`, `hg-view-changed`, `hg-hotspot-opened` (docs/embedding.md).
 * Only messages from its own frame's window and origin are heard.
 */
import type { Command, EmbedEvent, State, View } from './api-types.ts';

// Written for a classic <script>: the site that serves this file is the site to frame.
const ORIGIN = (() => {
  const src = (document.currentScript as HTMLScriptElement | null)?.src;
  return src ? new URL(src).origin : location.origin;
})();

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NUMBER = /^-?\d{1,3}(\.\d{1,4})?$/;
/** Attribute → check; a value that fails is left out of the frame's address, with a warning. */
const OPTIONS: Record<string, (v: string) => boolean> = {
  yaw: (v) => NUMBER.test(v),
  pitch: (v) => NUMBER.test(v),
  zoom: (v) => NUMBER.test(v),
  ui: (v) => ['none', 'minimal', 'full'].includes(v),
  lang: (v) => v === 'vi' || v === 'en',
  gallery: (v) => v === '0' || v === '1',
  autorotate: (v) => v === '0' || v === '1',
};

let nextId = 1;

class HgTour extends HTMLElement {
  static observedAttributes = ['tour', 'scene', 'title', ...Object.keys(OPTIONS)];

  private readonly frame = document.createElement('iframe');
  private ready = false;
  private queue: Command[] = [];
  private readonly pending = new Map<number, (state: State) => void>();
  private readonly onMessage = (e: MessageEvent) => this.receive(e);

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host{display:block}iframe{display:block;inline-size:100%;aspect-ratio:16/9;block-size:auto;border:0}';
    this.frame.loading = 'lazy';
    this.frame.allow = 'fullscreen; gyroscope; accelerometer; xr-spatial-tracking';
    root.append(style, this.frame);
  }

  connectedCallback(): void {
    window.addEventListener('message', this.onMessage);
    this.update();
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.update();
  }

  /** The frame's address from the attributes, each checked; the URL API does the escaping. */
  private update(): void {
    const tour = this.getAttribute('tour') ?? '';
    const scene = this.getAttribute('scene');
    if (!SLUG.test(tour)) {
      console.warn('[hg-tour] attribute tour: expected a tour id such as "dong-van"');
      return;
    }
    // English (and any other non-default language) frames are the /en/ twins: scene names and texts
    // in that language too. Vietnamese, the site's default, has no prefix.
    const lang = this.getAttribute('lang');
    let path = `${lang && lang !== 'vi' && OPTIONS.lang?.(lang) ? `/${lang}` : ''}/embed/${tour}/`;
    if (scene !== null) {
      if (SLUG.test(scene)) path += `${scene}/`;
      else console.warn('[hg-tour] ignored attribute scene: expected a scene id');
    }
    const url = new URL(path, ORIGIN);
    for (const [name, valid] of Object.entries(OPTIONS)) {
      const value = this.getAttribute(name);
      if (value === null) continue;
      if (valid(value)) url.searchParams.set(name, value);
      else console.warn(`[hg-tour] ignored attribute ${name}`);
    }
    this.frame.title = this.getAttribute('title') || 'Tour 360° — Hà Giang 360';
    if (this.frame.src !== url.href) {
      this.ready = false;
      this.frame.src = url.href;
    }
  }

  gotoScene(scene: string): void {
    this.send({ hg360: 1, type: 'goto-scene', scene });
  }

  setView(view: Partial<View>): void {
    this.send({ hg360: 1, type: 'set-view', yaw: view.yaw, pitch: view.pitch, zoom: view.zoom });
  }

  playNarration(): void {
    this.send({ hg360: 1, type: 'play-narration' });
  }

  pauseNarration(): void {
    this.send({ hg360: 1, type: 'pause-narration' });
  }

  /** The scene and view on screen; waits for the tour to be ready, gives up after 10 s. */
  getState(): Promise<State> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error('hg-tour: no answer from the tour'));
      }, 10_000);
      this.pending.set(id, (state) => {
        clearTimeout(timer);
        resolve(state);
      });
      this.send({ hg360: 1, type: 'get-state', id });
    });
  }

  /** Commands wait for the frame's `ready`: before it, nobody inside listens. */
  private send(command: Command): void {
    if (!this.ready) this.queue.push(command);
    else this.frame.contentWindow?.postMessage(command, ORIGIN);
  }

  private receive(e: MessageEvent): void {
    if (e.source !== this.frame.contentWindow || e.origin !== ORIGIN) return;
    const data = e.data as EmbedEvent | null;
    if (!data || typeof data !== 'object' || data.hg360 !== 1 || typeof data.type !== 'string') return;
    if (data.type === 'state') {
      const resolve = typeof data.id === 'number' ? this.pending.get(data.id) : undefined;
      this.pending.delete(data.id!);
      resolve?.(data.state);
      return;
    }
    if (data.type === 'ready') {
      this.ready = true;
      for (const command of this.queue.splice(0)) this.send(command);
    }
    if (['ready', 'scene-changed', 'view-changed', 'hotspot-opened'].includes(data.type)) {
      const { hg360: _version, type: _type, ...detail } = data;
      this.dispatchEvent(new CustomEvent(`hg-${data.type}`, { detail, bubbles: true, composed: true }));
    }
  }
}

if (!customElements.get('hg-tour')) customElements.define('hg-tour', HgTour);
