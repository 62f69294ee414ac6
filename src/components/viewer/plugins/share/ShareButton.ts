import { ICONS } from '../../icons.ts';
import { lateButton } from '../late-plugins/index.ts';
import type { SharePlugin } from './SharePlugin.ts';

export const ShareButton = lateButton<SharePlugin>({
  id: 'hg-share',
  pluginId: 'hg-share',
  icon: ICONS.share,
  run: (plugin) => void plugin.share(),
});
