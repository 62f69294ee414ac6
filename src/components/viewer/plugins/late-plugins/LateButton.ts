import { AbstractButton, type AbstractPlugin, type Navbar } from '@photo-sphere-viewer/core';
import type { LatePluginsPlugin } from './LatePluginsPlugin.ts';
import { whenPlugin } from './when-plugin.ts';

export interface LateButtonConfig {
  className: string;
  icon: string;
  collapsable?: boolean;
  /** Hidden until its plugin says it applies (gyroscope, stereo, VR). @default true */
  visible?: boolean;
}

/**
 * A navbar button whose plugin arrives after the first frame (LatePluginsPlugin). The button is
 * there from the start, so the navbar keeps its layout; a press before the plugin ran fetches it
 * at once and is carried out when it arrives. Subclasses name their plugin (`static pluginId`),
 * say what a press does (`run`) and may follow the plugin once it is there (`attach`).
 */
export abstract class LateButton<P = unknown> extends AbstractButton {
  static readonly pluginId: string;

  protected plugin?: P;
  private readonly late?: LatePluginsPlugin;
  private readonly stopWaiting: () => void;

  constructor(navbar: Navbar, config: LateButtonConfig) {
    super(navbar, { className: `hg-button ${config.className}`, icon: config.icon, hoverScale: true, collapsable: config.collapsable ?? true, tabbable: true });
    if (config.visible === false) this.hide(false);
    this.late = this.viewer.getPlugin<LatePluginsPlugin>('hg-late-plugins');
    // After the subclass's constructor has run (its fields exist), even when the plugin is there already.
    this.stopWaiting = whenPlugin<AbstractPlugin>(this.viewer, this.pluginId, (plugin) => queueMicrotask(() => this.arrive(plugin as P)));
  }

  get pluginId(): string {
    return (this.constructor as typeof LateButton).pluginId;
  }

  /** The options the plugin is started with (readable before it arrives). */
  protected options<T>(): T | undefined {
    return this.late?.optionsOf<T>(this.pluginId);
  }

  override destroy(): void {
    this.stopWaiting();
    this.detach?.();
    super.destroy();
  }

  override isSupported(): boolean {
    return true;
  }

  onClick(): void {
    if (this.plugin) this.run(this.plugin);
    else void this.late?.use<P>(this.pluginId).then((plugin) => this.run(plugin));
  }

  private arrive(plugin: P): void {
    this.plugin = plugin;
    this.attach?.(plugin);
  }

  /** What a press does, once the plugin runs. */
  protected abstract run(plugin: P): void;
  /** Follows the plugin's state once it runs (e.g. shows the button where the feature is supported). */
  protected attach?(plugin: P): void;
  /** Undoes `attach`. */
  protected detach?(): void;
}
