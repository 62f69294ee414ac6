export { WalkPlugin } from './WalkPlugin.ts';
export { arrivalView, type Arrival } from './arrival.ts';
export type { WalkConfig, WalkScene } from './model.ts';
