import type { Navbar } from '@photo-sphere-viewer/core';
import { ICONS } from '../../icons.ts';
import { LateButton } from '../late-plugins/index.ts';
import type { GuidedTourPlugin } from './GuidedTourPlugin.ts';

/** "Play the tour" in the navbar: plays, pauses and resumes the guide (the plugin keeps its label). */
export class GuidedTourButton extends LateButton<GuidedTourPlugin> {
  static override readonly id = 'hg-guided-tour';
  static override readonly pluginId = 'hg-guided-tour';

  constructor(navbar: Navbar) {
    super(navbar, { className: 'hg-guided-tour', icon: ICONS.guide });
  }

  protected run(plugin: GuidedTourPlugin): void {
    plugin.toggle(true);
  }
}
