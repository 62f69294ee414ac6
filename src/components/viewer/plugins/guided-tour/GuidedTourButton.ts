import { ICONS } from '../../icons.ts';
import { lateButton } from '../late-plugins/index.ts';
import type { GuidedTourPlugin } from './GuidedTourPlugin.ts';

/** "Play the tour" in the navbar: plays, pauses and resumes the guide (the plugin keeps its label). */
export const GuidedTourButton = lateButton<GuidedTourPlugin>({
  id: 'hg-guided-tour',
  pluginId: 'hg-guided-tour',
  icon: ICONS.guide,
  run: (plugin) => plugin.toggle(true),
});
