export { AccessibleControlsPlugin } from './AccessibleControlsPlugin.ts';
