import { AbstractButton, type AbstractPlugin, type Navbar, type Viewer } from '@photo-sphere-viewer/core';
import type { LatePluginsPlugin } from './LatePluginsPlugin.ts';
import { whenPlugin } from './when-plugin.ts';

/** What a navbar button of a late plugin is: `lateButton()` makes the class PSV registers from it. */
export interface LateButtonSpec<P extends AbstractPlugin, O = unknown> {
  /** The navbar id (PSV's static `id`: the `navbar` lists, `navbar.getButton()` and `lang[id]`, its label). */
  id: string;
  /** The late plugin a press needs (its id in late-plugins.ts). */
  pluginId: string;
  /** @default the id */
  className?: string;
  icon: string;
  /** Folds into the navbar's menu on a narrow screen. @default true */
  collapsable?: boolean;
  /** Whether it shows before the plugin arrives, from the options the plugin will start with. @default shown */
  visible?: (viewer: Viewer, options: O | undefined) => boolean;
  /** What a press does, once the plugin runs. */
  run: (plugin: P) => void;
  /** Hidden until the plugin says its feature works here (motion sensors, WebXR), as PSV's own buttons. */
  supported?: (plugin: P) => boolean | Promise<boolean>;
  /**
   * Where `supported` will most likely say yes (motion sensors on a phone), the button shows from the
   * start and keeps its place: it appearing a second later moved the navbar's caption (a layout shift).
   * It is hidden again if the plugin says no after all, and a press waits for the answer.
   */
  likely?: () => boolean;
  /** The plugin's event that says its feature went on or off: the button shows it as pressed. */
  updated?: { type: string; active: (e: Event) => boolean };
}

/**
 * A navbar button whose plugin arrives after the first frame (LatePluginsPlugin). The button is
 * there from the start, so the navbar keeps its layout; a press before the plugin ran fetches it
 * at once and is carried out when it arrives. Made by `lateButton()` from a `LateButtonSpec`.
 */
export class LateButton<P extends AbstractPlugin = AbstractPlugin, O = unknown> extends AbstractButton {
  static readonly pluginId: string;

  private plugin?: P;
  private readonly spec: LateButtonSpec<P, O>;
  private readonly late?: LatePluginsPlugin;
  private readonly stopWaiting: () => void;

  constructor(navbar: Navbar, spec: LateButtonSpec<P, O>) {
    super(navbar, { className: `hg-button ${spec.className ?? spec.id}`, icon: spec.icon, hoverScale: true, collapsable: spec.collapsable ?? true, tabbable: true });
    this.spec = spec;
    this.late = this.viewer.getPlugin<LatePluginsPlugin>('hg-late-plugins');
    const visible = spec.supported ? (spec.likely?.() ?? false) : (spec.visible?.(this.viewer, this.late?.optionsOf<O>(spec.pluginId)) ?? true);
    if (!visible) this.hide(false);
    // After the navbar has set the button up, even when the plugin is there already.
    this.stopWaiting = whenPlugin<P>(this.viewer, spec.pluginId, (plugin) => queueMicrotask(() => this.arrive(plugin)));
  }

  override destroy(): void {
    this.stopWaiting();
    if (this.spec.updated) (this.plugin as EventTarget | undefined)?.removeEventListener(this.spec.updated.type, this);
    super.destroy();
  }

  override isSupported(): boolean {
    return true;
  }

  onClick(): void {
    if (this.plugin) void this.runIfSupported(this.plugin);
    else void this.late?.use<P>(this.spec.pluginId).then((plugin) => this.runIfSupported(plugin));
  }

  /** A button shown because its feature was likely (`likely`) acts only once the plugin has said yes. */
  private async runIfSupported(plugin: P): Promise<void> {
    if (!this.spec.supported || (await this.spec.supported(plugin))) this.spec.run(plugin);
  }

  /** The plugin's `updated` event. */
  handleEvent(e: Event): void {
    this.toggleActive(this.spec.updated!.active(e));
  }

  private arrive(plugin: P): void {
    this.plugin = plugin;
    const { supported, updated } = this.spec;
    // Untyped: the event is the plugin's own, named by the spec.
    if (updated) (plugin as EventTarget).addEventListener(updated.type, this);
    if (!supported) return;
    const shown = (yes: boolean) => (yes ? this.show() : this.hide());
    const answer = supported(plugin);
    if (answer instanceof Promise) void answer.then(shown);
    else shown(answer);
  }
}

/**
 * The button class PSV registers (`registerButton`) for a late plugin: static `id` and `pluginId`
 * from the spec, constructed by the navbar with itself alone.
 */
export function lateButton<P extends AbstractPlugin, O = unknown>(spec: LateButtonSpec<P, O>) {
  return class extends LateButton<P, O> {
    static override readonly id = spec.id;
    static override readonly pluginId = spec.pluginId;

    constructor(navbar: Navbar) {
      super(navbar, spec);
    }
  };
}
