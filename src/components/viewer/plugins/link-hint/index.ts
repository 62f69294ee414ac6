export { LinkHintPlugin } from './LinkHintPlugin.ts';
export type { LinkHintConfig, LinkHintSide } from './model.ts';
export * as events from './events.ts';
