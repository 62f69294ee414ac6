export { PosterSwapPlugin } from './PosterSwapPlugin.ts';
export type { PosterSwapConfig } from './model.ts';
