import type { AbstractPlugin, Viewer } from '@photo-sphere-viewer/core';
import { LatePluginLoadedEvent } from './events.ts';
import type { LatePluginsPlugin } from './LatePluginsPlugin.ts';

/**
 * Calls `use` with the plugin `id` as soon as it runs: now if it does, else when LatePluginsPlugin
 * has started it. Unlike `LatePluginsPlugin.use()` this does not make the late plugins load: a
 * core plugin that listens to a late one's events waits for it without hurrying it. Returns a
 * function that stops waiting.
 */
export function whenPlugin<T extends AbstractPlugin>(viewer: Viewer, id: string, use: (plugin: T) => void): () => void {
  const present = viewer.getPlugin<T>(id);
  if (present) {
    use(present);
    return () => undefined;
  }
  const late = viewer.getPlugin<LatePluginsPlugin>('hg-late-plugins');
  const listener = (e: LatePluginLoadedEvent) => {
    if (e.pluginId !== id) return;
    late?.removeEventListener(LatePluginLoadedEvent.type, listener);
    use(viewer.getPlugin<T>(id)!);
  };
  late?.addEventListener(LatePluginLoadedEvent.type, listener);
  return () => late?.removeEventListener(LatePluginLoadedEvent.type, listener);
}
