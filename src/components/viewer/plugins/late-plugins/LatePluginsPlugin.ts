import { AbstractConfigurablePlugin, events, utils, type AbstractPlugin, type PluginConstructor, type Viewer } from '@photo-sphere-viewer/core';
import { LatePluginLoadedEvent, LatePluginsReadyEvent, type LatePluginsEvents } from './events.ts';
import type { LatePluginsConfig } from './model.ts';
import { nextTask, whenIdle } from '../../../../util/idle.ts';

/**
 * Late chunks whose download starts in one task. Each import adds its chunk's preload link (2–3 ms
 * each here), and the fifteen or so at once made one task of 35–50 ms on a phone-sized page
 * (130–190 ms at Lighthouse's 4× slowdown, counted in its total blocking time). Two per task keep
 * the downloads parallel in tasks of about 10 ms.
 */
const FETCHES_PER_TASK = 2;

/** The plugins whose input is kept (and replayed) until they arrive: keys (unless another plugin lists them in `keys`) … */
const KEYBOARD = 'hg-keyboard';
/** … and partner pages' messages. */
const EMBED_API = 'hg-embed-api';

/**
 * Everything but the first live frame's core arrives later (issue 13): this plugin fetches the
 * other plugins' chunks once the first frame is on screen and the page is idle, or at once when
 * the tourist reaches for one of them (`use(id)`: a navbar button, a key), and starts them as PSV
 * would have at construction. Keys pressed and messages posted before their plugin ran are kept
 * and replayed to it, so nothing the tourist (or a partner page) does is lost. The container says
 * where it is (`data-late-plugins`: waiting, loading, ready) for styles and tests.
 */
export class LatePluginsPlugin extends AbstractConfigurablePlugin<LatePluginsConfig, LatePluginsConfig, never, LatePluginsEvents> {
  static override readonly id = 'hg-late-plugins';
  static override readonly configParser = utils.getConfigParser<LatePluginsConfig>({ plugins: [], waitFor: null, idleTimeout: 1500, keyTarget: null });
  static override readonly readonlyOptions = ['plugins', 'keyTarget', 'waitFor'];

  static withConfig(config: LatePluginsConfig): [typeof LatePluginsPlugin, LatePluginsConfig] {
    return [LatePluginsPlugin, config];
  }

  private loading?: Promise<void>;
  private cancelIdle?: () => void;
  private destroyed = false;
  private readonly started = new Map<string, (plugin: unknown) => void>();
  private readonly waiting = new Map<string, Promise<unknown>>();
  private keys: { owner: string; type: string; target: EventTarget; init: KeyboardEventInit }[] = [];
  /** Plugins that act on keys and have not started yet: keys for them are kept. */
  private readonly keyOwnersWaiting = new Set<string>();
  private messages: MessageEvent[] = [];

  constructor(viewer: Viewer, config: LatePluginsConfig) {
    super(viewer, config);
    for (const { id } of config.plugins) this.waiting.set(id, new Promise((resolve) => this.started.set(id, resolve)));
  }

  override init(): void {
    super.init();
    this.viewer.container.dataset.latePlugins = 'waiting';
    this.viewer.addEventListener(events.ReadyEvent.type, this, { once: true });
    for (const { id, keys } of this.config.plugins) if (id === KEYBOARD || keys?.length) this.keyOwnersWaiting.add(id);
    if (this.keyOwnersWaiting.size) {
      this.config.keyTarget?.addEventListener('keydown', this, true);
      this.config.keyTarget?.addEventListener('keyup', this, true);
    }
    if (this.has(EMBED_API)) window.addEventListener('message', this);
  }

  override destroy(): void {
    this.destroyed = true;
    this.cancelIdle?.();
    this.viewer.removeEventListener(events.ReadyEvent.type, this);
    this.stopKeeping();
    super.destroy();
  }

  handleEvent(e: Event): void {
    switch (e.type) {
      case events.ReadyEvent.type: {
        // The first frame is drawn: the rest may come, when the page has a moment (and after `waitFor`).
        let cancelIdle = () => {};
        const idle = () => {
          cancelIdle = whenIdle(() => void this.loadAll(), this.config.idleTimeout!);
        };
        const cancelWait = this.config.waitFor ? this.config.waitFor(idle) : (idle(), () => {});
        this.cancelIdle = () => {
          cancelWait();
          cancelIdle();
        };
        break;
      }
      case 'keydown':
      case 'keyup': {
        const k = e as KeyboardEvent;
        const owner = this.keyOwner(k.key);
        // Its plugin runs already and hears the key itself.
        if (!this.keyOwnersWaiting.has(owner)) break;
        // A key released is kept only after its press was (the press is what the plugin acts on;
        // the release ends a look-around that the press began).
        if (e.type === 'keyup' && !this.keys.some((p) => p.init.key === k.key)) break;
        this.keys.push({ owner, type: e.type, target: k.target!, init: { key: k.key, code: k.code, shiftKey: k.shiftKey, ctrlKey: k.ctrlKey, altKey: k.altKey, metaKey: k.metaKey, bubbles: true, cancelable: true } });
        if (e.type === 'keydown') void this.loadAll();
        break;
      }
      case 'message':
        this.messages.push(e as MessageEvent);
        void this.loadAll();
        break;
    }
  }

  /** The plugin that acts on `key`: the one that lists it in `keys`, else the keyboard plugin. */
  private keyOwner(key: string): string {
    return this.config.plugins.find((p) => p.keys?.includes(key))?.id ?? KEYBOARD;
  }

  private has(id: string): boolean {
    return this.config.plugins.some((p) => p.id === id);
  }

  /** The plugin `id` once it runs (fetching every late plugin now if that has not begun). */
  use<T = AbstractPlugin>(id: string): Promise<T> {
    void this.loadAll();
    return (this.waiting.get(id) ?? Promise.reject(new Error(`${id} is not a late plugin`))) as Promise<T>;
  }

  /** The options the late plugin `id` is (or will be) started with. */
  optionsOf<T>(id: string): T | undefined {
    return this.config.plugins.find((p) => p.id === id)?.options as T | undefined;
  }

  /** Fetches every late chunk (two per task, downloading in parallel) and starts the plugins in order. */
  loadAll(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<void> {
    this.viewer.container.dataset.latePlugins = 'loading';
    const modules = this.fetchAll();
    for (const [i, late] of this.config.plugins.entries()) {
      const ctor = await modules[i]!;
      // Each plugin starts in a task of its own: started back to back (their chunks have arrived by
      // now), they made one long task that held up taps and scrolls (Lighthouse's total blocking time).
      if (i > 0) await nextTask();
      if (this.destroyed) return;
      const plugin = new (ctor as PluginConstructor & (new (viewer: Viewer, options: unknown) => AbstractPlugin))(this.viewer, typeof late.options === 'function' ? late.options() : late.options);
      // What PSV does with the plugins it is given at construction (Viewer.plugins, 5.15.1).
      (this.viewer as unknown as { plugins: Record<string, AbstractPlugin> }).plugins[late.id] = plugin;
      plugin.init?.();
      late.attach?.(plugin);
      // From now on the plugin hears its input itself: hand over what was kept, once.
      if (this.keyOwnersWaiting.delete(late.id)) this.replayKeys(late.id);
      if (late.id === EMBED_API) this.replayMessages();
      this.started.get(late.id)!(plugin);
      this.dispatchEvent(new LatePluginLoadedEvent(late.id));
    }
    this.viewer.container.dataset.latePlugins = 'ready';
    this.dispatchEvent(new LatePluginsReadyEvent());
  }

  /** Starts every late chunk's download, FETCHES_PER_TASK a task; each plugin's constructor once its chunk is in. */
  private fetchAll(): Promise<unknown>[] {
    const plugins = this.config.plugins;
    const starts: ((load: Promise<unknown>) => void)[] = [];
    const modules = plugins.map((_, i) => new Promise<unknown>((resolve) => (starts[i] = resolve)));
    void (async () => {
      for (const [i, late] of plugins.entries()) {
        if (i > 0 && i % FETCHES_PER_TASK === 0) await nextTask();
        if (this.destroyed) return;
        starts[i]!(late.load());
      }
    })();
    return modules;
  }

  private stopKeeping(): void {
    this.config.keyTarget?.removeEventListener('keydown', this, true);
    this.config.keyTarget?.removeEventListener('keyup', this, true);
    window.removeEventListener('message', this);
  }

  /** Keys for `owner` pressed before it ran, in the order they came; the rest stay kept for theirs. */
  private replayKeys(owner: string): void {
    if (!this.keyOwnersWaiting.size) {
      this.config.keyTarget?.removeEventListener('keydown', this, true);
      this.config.keyTarget?.removeEventListener('keyup', this, true);
    }
    const mine = this.keys.filter((k) => k.owner === owner);
    this.keys = this.keys.filter((k) => k.owner !== owner);
    // Not heard by this plugin's capture listener again: the owner has left `keyOwnersWaiting`.
    for (const { type, target, init } of mine) target.dispatchEvent(new KeyboardEvent(type, init));
  }

  /** Messages posted before the message API ran, in the order they came. */
  private replayMessages(): void {
    window.removeEventListener('message', this);
    for (const m of this.messages.splice(0)) {
      window.dispatchEvent(new MessageEvent('message', { data: m.data, origin: m.origin, source: m.source, ports: [...m.ports] }));
    }
  }
}
