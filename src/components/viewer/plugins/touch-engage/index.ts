export { TouchEngagePlugin } from './TouchEngagePlugin.ts';
