export { HELP_BUTTON, KeyboardPlugin } from './KeyboardPlugin.ts';
export { HelpButton } from './HelpButton.ts';
export type { KeyboardConfig } from './model.ts';
