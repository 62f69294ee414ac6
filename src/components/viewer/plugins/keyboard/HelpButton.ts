import { ICONS } from '../../icons.ts';
import { lateButton } from '../late-plugins/index.ts';
import type { KeyboardPlugin } from './KeyboardPlugin.ts';

/** Shows the keyboard help (`?` does the same). */
export const HelpButton = lateButton<KeyboardPlugin>({
  id: 'hg-help',
  pluginId: 'hg-keyboard',
  icon: ICONS.help,
  run: (plugin) => plugin.toggleHelp(),
});
