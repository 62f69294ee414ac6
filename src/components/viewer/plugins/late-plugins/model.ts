import type { PluginConstructor } from '@photo-sphere-viewer/core';

/** A plugin that is not in the viewer's first chunk: how to fetch it and what to give it. */
export interface LatePlugin {
  /** The plugin's `id` (what `viewer.getPlugin()` takes). */
  id: string;
  /** Fetches the plugin's chunk and returns its class. */
  load: () => Promise<PluginConstructor>;
  /**
   * What the plugin is started with; known before it arrives, so its navbar button can read it.
   * A function is called when the plugin starts (for options that depend on the moment).
   */
  options?: unknown;
  /**
   * Keys this plugin hears itself on `keyTarget` (the guided tour's P, [ and ]). Pressed before it
   * runs, they are kept and replayed to it when it starts; every other key waits for the keyboard plugin.
   */
  keys?: readonly string[];
  /** Called once the plugin is running, e.g. to introduce it to the plugins that started without it. */
  attach?: (plugin: unknown) => void;
}

export interface LatePluginsConfig {
  /** In start order: a plugin that needs another (stereo needs gyroscope) comes after it. */
  plugins: LatePlugin[];
  /**
   * When the first live frame is on screen, what else to wait for before fetching them all: called
   * with the function that goes on, it returns the function that cancels the wait (e.g. the view's
   * first tiles, create-viewer.ts). A plugin the tourist reaches for comes at once regardless.
   * @default null (nothing else)
   */
  waitFor?: ((go: () => void) => () => void) | null;
  /**
   * Then wait this long for an idle moment before fetching them all (`requestIdleCallback`'s timeout).
   * @default 1500
   */
  idleTimeout?: number;
  /**
   * The element whose keys are kept while the plugin that acts on them (the keyboard plugin, or one
   * that lists them in `keys`) is on its way, replayed to it once it runs.
   * @default null
   */
  keyTarget?: HTMLElement | null;
}
