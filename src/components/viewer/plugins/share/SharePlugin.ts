import { AbstractConfigurablePlugin, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { DeepLinkPlugin } from '../deep-link/index.ts';
import { SharedEvent, type SharePluginEvents } from './events.ts';
import type { ShareConfig } from './model.ts';

/**
 * Shares the address of this exact view: the system share sheet where there is one, else the
 * clipboard and a notification. The address is brought up to date first (DeepLinkPlugin writes
 * it a moment after the view stops). Not on embeds: there the address is the partner's frame.
 */
export class SharePlugin extends AbstractConfigurablePlugin<ShareConfig, ShareConfig, never, SharePluginEvents> {
  static override readonly id = 'hg-share';
  static override readonly configParser = utils.getConfigParser<ShareConfig>({ copied: 'Copied', timeout: 3000 });
  static override readonly readonlyOptions = [];

  static withConfig(config: ShareConfig): [typeof SharePlugin, ShareConfig] {
    return [SharePlugin, config];
  }

  constructor(viewer: Viewer, config: ShareConfig) {
    super(viewer, config);
  }

  async share(): Promise<void> {
    this.viewer.getPlugin<DeepLinkPlugin>('hg-deep-link')?.replace();
    const url = location.href;
    if (navigator.share) {
      await navigator.share({ title: document.title, url }).catch(() => undefined);
      this.dispatchEvent(new SharedEvent(url, 'share-sheet'));
      return;
    }
    await navigator.clipboard?.writeText(url);
    this.viewer.notification.show({ content: this.config.copied!, timeout: this.config.timeout! });
    this.dispatchEvent(new SharedEvent(url, 'clipboard'));
  }
}
