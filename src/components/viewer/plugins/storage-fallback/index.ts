export { StorageFallbackPlugin } from './StorageFallbackPlugin.ts';
