export { NEVER } from './model.ts';
export { ReducedMotionPlugin } from './ReducedMotionPlugin.ts';
export type { ReducedMotionConfig } from './model.ts';
