import { TypedEvent } from '@photo-sphere-viewer/core';
import type { LatePluginsPlugin } from './LatePluginsPlugin.ts';

/** @event A plugin of the late set has arrived and started (`viewer.getPlugin(id)` now returns it). */
export class LatePluginLoadedEvent extends TypedEvent<LatePluginsPlugin> {
  static override readonly type = 'late-plugin-loaded';
  declare type: 'late-plugin-loaded';
  readonly pluginId: string;

  /** @internal */
  constructor(pluginId: string) {
    super(LatePluginLoadedEvent.type);
    this.pluginId = pluginId;
  }
}

/** @event Every plugin of the late set is running. */
export class LatePluginsReadyEvent extends TypedEvent<LatePluginsPlugin> {
  static override readonly type = 'late-plugins-ready';
  declare type: 'late-plugins-ready';

  /** @internal */
  constructor() {
    super(LatePluginsReadyEvent.type);
  }
}

export type LatePluginsEvents = LatePluginLoadedEvent | LatePluginsReadyEvent;
