import type { Viewer } from '@photo-sphere-viewer/core';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { ICONS } from '../../icons.ts';
import { lateButton } from '../late-plugins/index.ts';
import type { NarrationConfig } from './model.ts';
import type { NarrationPlugin } from './NarrationPlugin.ts';

/**
 * Shown from the start only where the first scene has that sound, so nothing moves when the plugin
 * arrives; from then on the plugin keeps it in step with the scene (NarrationPlugin.refresh).
 */
function startSceneHas(viewer: Viewer, what: 'narration' | 'ambience', options: NarrationConfig | undefined): boolean {
  const tour = viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
  const id = tour?.getCurrentNode()?.id ?? tour?.config.startNodeId;
  return !!(id && options?.scenes[id]?.[what]);
}

/** Plays or pauses the scene's narration. */
export const NarrationButton = lateButton<NarrationPlugin, NarrationConfig>({
  id: 'hg-narration',
  pluginId: 'hg-narration',
  icon: ICONS.narration,
  visible: (viewer, options) => startSceneHas(viewer, 'narration', options),
  run: (plugin) => plugin.toggleNarration(),
});

/** Turns the tourist's background sound on or off: the scene's ambience and the tour's music. */
export const AmbienceButton = lateButton<NarrationPlugin, NarrationConfig>({
  id: 'hg-ambience',
  pluginId: 'hg-narration',
  icon: ICONS.ambience,
  visible: (viewer, options) => !!options?.music || startSceneHas(viewer, 'ambience', options),
  run: (plugin) => plugin.toggleAmbience(),
});
