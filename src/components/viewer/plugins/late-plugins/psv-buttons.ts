import type { GalleryPlugin } from '@photo-sphere-viewer/gallery-plugin';
import type { events as gyroscope, GyroscopePlugin } from '@photo-sphere-viewer/gyroscope-plugin';
import type { events as stereo, StereoPlugin } from '@photo-sphere-viewer/stereo-plugin';
import { ICONS } from '../../icons.ts';
import { lateButton, type LateButtonSpec } from './LateButton.ts';

/*
 * Stand-ins for the buttons PSV's gallery, gyroscope and stereo plugins register when their
 * module runs: ours are in the first chunk, their plugins are not. Same ids, classes and icons,
 * so the plugins find and update them (`navbar.getButton('gallery')`) as they would their own;
 * a press toggles the plugin, as theirs does.
 */
function psvButton<P extends GalleryPlugin | GyroscopePlugin | StereoPlugin>(
  id: 'gallery' | 'gyroscope' | 'stereo',
  follow: Pick<LateButtonSpec<P>, 'supported' | 'likely' | 'updated'> = {},
) {
  return lateButton<P>({ id, pluginId: id, className: `psv-${id}-button`, icon: ICONS[id], run: (plugin) => plugin.toggle(), ...follow });
}

export const GalleryButton = psvButton<GalleryPlugin>('gallery');

/** A phone or tablet (a coarse pointer and the orientation API) most likely has motion sensors. */
const likelyMotionSensors = () => matchMedia('(pointer: coarse)').matches && 'DeviceOrientationEvent' in window;

/** Hidden until the gyroscope plugin has found motion sensors (as PSV's own button), except on a phone. */
export const GyroscopeButton = psvButton<GyroscopePlugin>('gyroscope', {
  supported: (plugin) => plugin.isSupported(),
  likely: likelyMotionSensors,
  updated: { type: 'gyroscope-updated', active: (e) => (e as gyroscope.GyroscopeUpdatedEvent).gyroscopeEnabled },
});

/** Cardboard mode: needs the gyroscope, so hidden where it is. */
export const StereoButton = psvButton<StereoPlugin>('stereo', {
  // A getter of StereoPlugin that its types leave out.
  supported: (plugin) => (plugin as unknown as { isSupported: Promise<boolean> }).isSupported,
  likely: likelyMotionSensors,
  updated: { type: 'stereo-updated', active: (e) => (e as stereo.StereoUpdatedEvent).stereoEnabled },
});
