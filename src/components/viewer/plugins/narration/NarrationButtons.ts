import type { Navbar, Viewer } from '@photo-sphere-viewer/core';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { ICONS } from '../../icons.ts';
import { LateButton } from '../late-plugins/index.ts';
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
export class NarrationButton extends LateButton<NarrationPlugin> {
  static override readonly id = 'hg-narration';
  static override readonly pluginId = 'hg-narration';

  constructor(navbar: Navbar) {
    super(navbar, { className: 'hg-narration', icon: ICONS.narration });
    if (!startSceneHas(this.viewer, 'narration', this.options<NarrationConfig>())) this.hide(false);
  }

  protected run(plugin: NarrationPlugin): void {
    plugin.toggleNarration();
  }
}

/** Turns the tourist's background sound on or off: the scene's ambience and the tour's music. */
export class AmbienceButton extends LateButton<NarrationPlugin> {
  static override readonly id = 'hg-ambience';
  static override readonly pluginId = 'hg-narration';

  constructor(navbar: Navbar) {
    super(navbar, { className: 'hg-ambience', icon: ICONS.ambience });
    const options = this.options<NarrationConfig>();
    if (!options?.music && !startSceneHas(this.viewer, 'ambience', options)) this.hide(false);
  }

  protected run(plugin: NarrationPlugin): void {
    plugin.toggleAmbience();
  }
}
