import type { Navbar } from '@photo-sphere-viewer/core';
import type { GalleryPlugin } from '@photo-sphere-viewer/gallery-plugin';
import type { GyroscopePlugin } from '@photo-sphere-viewer/gyroscope-plugin';
import type { StereoPlugin } from '@photo-sphere-viewer/stereo-plugin';
import { ICONS } from '../../icons.ts';
import { LateButton } from './LateButton.ts';

/*
 * Stand-ins for the buttons PSV's gallery, gyroscope and stereo plugins register when their
 * module runs: ours are in the first chunk, their plugins are not. Same ids, classes and icons,
 * so the plugins find and update them (`navbar.getButton('gallery')`) as they would their own.
 */

export class GalleryButton extends LateButton<GalleryPlugin> {
  static override readonly id = 'gallery';
  static override readonly pluginId = 'gallery';

  constructor(navbar: Navbar) {
    super(navbar, { className: 'psv-gallery-button', icon: ICONS.gallery });
  }

  protected run(plugin: GalleryPlugin): void {
    plugin.toggle();
  }
}

/** Hidden until the gyroscope plugin has found motion sensors (as PSV's own button). */
export class GyroscopeButton extends LateButton<GyroscopePlugin> {
  static override readonly id = 'gyroscope';
  static override readonly pluginId = 'gyroscope';

  constructor(navbar: Navbar) {
    super(navbar, { className: 'psv-gyroscope-button', icon: ICONS.gyroscope, visible: false });
  }

  protected run(plugin: GyroscopePlugin): void {
    plugin.toggle();
  }

  protected override attach(plugin: GyroscopePlugin): void {
    plugin.addEventListener('gyroscope-updated', this);
    void plugin.isSupported().then((supported) => supported && this.show());
  }

  protected override detach(): void {
    this.plugin?.removeEventListener('gyroscope-updated', this);
  }

  handleEvent(e: Event): void {
    this.toggleActive((e as Event & { gyroscopeEnabled: boolean }).gyroscopeEnabled);
  }
}

/** Cardboard mode: needs the gyroscope, so hidden where it is. */
export class StereoButton extends LateButton<StereoPlugin> {
  static override readonly id = 'stereo';
  static override readonly pluginId = 'stereo';

  constructor(navbar: Navbar) {
    super(navbar, { className: 'psv-stereo-button', icon: ICONS.stereo, visible: false });
  }

  protected run(plugin: StereoPlugin): void {
    plugin.toggle();
  }

  protected override attach(plugin: StereoPlugin): void {
    plugin.addEventListener('stereo-updated', this);
    // A getter of StereoPlugin that its types leave out.
    void (plugin as unknown as { isSupported: Promise<boolean> }).isSupported.then((supported) => supported && this.show());
  }

  protected override detach(): void {
    this.plugin?.removeEventListener('stereo-updated', this);
  }

  handleEvent(e: Event): void {
    this.toggleActive((e as Event & { stereoEnabled: boolean }).stereoEnabled);
  }
}
