import * as events from './events.ts';

export { SharePlugin } from './SharePlugin.ts';
export { ShareButton } from './ShareButton.ts';
export type { ShareConfig } from './model.ts';
export { events };
