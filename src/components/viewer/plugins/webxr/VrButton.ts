import { ICONS } from '../../icons.ts';
import { lateButton } from '../late-plugins/index.ts';
import type { WebXrPlugin } from './WebXrPlugin.ts';

/** "Enter VR": hidden until the browser says it can start an immersive-vr session (WebXrPlugin). */
export const VrButton = lateButton<WebXrPlugin>({
  id: 'hg-vr',
  pluginId: 'hg-webxr',
  icon: ICONS.vr,
  // Synchronous on purpose: the session must start inside the click. The button only shows once
  // the plugin has answered, so it is always there by then.
  run: (plugin) => void plugin.enter(),
  supported: (plugin) => plugin.supported,
});
