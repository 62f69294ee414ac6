export { NEVER, ReducedMotionPlugin } from './ReducedMotionPlugin.ts';
export type { ReducedMotionConfig } from './model.ts';
