import * as events from './events.ts';

export { LatePluginsPlugin } from './LatePluginsPlugin.ts';
export type { LatePlugin, LatePluginsConfig } from './model.ts';
export { events };
export { LateButton, lateButton, type LateButtonSpec } from './LateButton.ts';
