import type { Navbar } from '@photo-sphere-viewer/core';
import { ICONS } from '../../icons.ts';
import { LateButton } from '../late-plugins/index.ts';
import type { SharePlugin } from './SharePlugin.ts';

export class ShareButton extends LateButton<SharePlugin> {
  static override readonly id = 'hg-share';
  static override readonly pluginId = 'hg-share';

  constructor(navbar: Navbar) {
    super(navbar, { className: 'hg-share', icon: ICONS.share });
  }

  protected run(plugin: SharePlugin): void {
    void plugin.share();
  }
}
