import type { Navbar } from '@photo-sphere-viewer/core';
import { ICONS } from '../../icons.ts';
import { LateButton } from '../late-plugins/index.ts';
import type { WebXrPlugin } from './WebXrPlugin.ts';

/** "Enter VR": hidden until the browser says it can start an immersive-vr session (WebXrPlugin). */
export class VrButton extends LateButton<WebXrPlugin> {
  static override readonly id = 'hg-vr';
  static override readonly pluginId = 'hg-webxr';

  constructor(navbar: Navbar) {
    super(navbar, { className: 'hg-vr', icon: ICONS.vr, visible: false });
  }

  protected run(plugin: WebXrPlugin): void {
    // Synchronous on purpose: the session must start inside the click. The button only shows once
    // the plugin has answered, so it is always there by then.
    void plugin.enter();
  }

  protected override attach(plugin: WebXrPlugin): void {
    if (plugin.supported) this.show();
  }
}
