export { VariantChangeEvent, type VariantsEvents } from './events.ts';
export { VariantsPlugin } from './VariantsPlugin.ts';
export type { VariantChoice, VariantsConfig } from './model.ts';
