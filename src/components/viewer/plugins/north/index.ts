export { NorthPlugin, northSvg } from './NorthPlugin.ts';
export type { NorthConfig } from './model.ts';
