export { HELP_BUTTON, KeyboardPlugin } from './KeyboardPlugin.ts';
export type { KeyboardConfig } from './model.ts';
