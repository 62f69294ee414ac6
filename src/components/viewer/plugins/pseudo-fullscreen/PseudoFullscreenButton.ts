import { ICONS } from '../../icons.ts';
import { lateButton } from '../late-plugins/index.ts';
import type { PseudoFullscreenPlugin } from './PseudoFullscreenPlugin.ts';

/** Fullscreen where the Fullscreen API is missing; on a phone it stays out of the folded menu. */
export const PseudoFullscreenButton = lateButton<PseudoFullscreenPlugin>({
  id: 'hg-pseudo-fullscreen',
  pluginId: 'hg-pseudo-fullscreen',
  icon: ICONS.fullscreen,
  collapsable: false,
  run: (plugin) => plugin.toggle(),
});
