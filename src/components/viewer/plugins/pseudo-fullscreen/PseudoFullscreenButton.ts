import type { Navbar } from '@photo-sphere-viewer/core';
import { ICONS } from '../../icons.ts';
import { LateButton } from '../late-plugins/index.ts';
import type { PseudoFullscreenPlugin } from './PseudoFullscreenPlugin.ts';

/** Fullscreen where the Fullscreen API is missing; on a phone it stays out of the folded menu. */
export class PseudoFullscreenButton extends LateButton<PseudoFullscreenPlugin> {
  static override readonly id = 'hg-pseudo-fullscreen';
  static override readonly pluginId = 'hg-pseudo-fullscreen';

  constructor(navbar: Navbar) {
    super(navbar, { className: 'hg-pseudo-fullscreen', icon: ICONS.fullscreen, collapsable: false });
  }

  protected run(plugin: PseudoFullscreenPlugin): void {
    plugin.toggle();
  }
}
