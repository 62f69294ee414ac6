import type { Navbar } from '@photo-sphere-viewer/core';
import { ICONS } from '../../icons.ts';
import { LateButton } from '../late-plugins/index.ts';
import type { KeyboardPlugin } from './KeyboardPlugin.ts';

/** Shows the keyboard help (`?` does the same). */
export class HelpButton extends LateButton<KeyboardPlugin> {
  static override readonly id = 'hg-help';
  static override readonly pluginId = 'hg-keyboard';

  constructor(navbar: Navbar) {
    super(navbar, { className: 'hg-help', icon: ICONS.help });
  }

  protected run(plugin: KeyboardPlugin): void {
    plugin.toggleHelp();
  }
}
