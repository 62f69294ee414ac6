export { VariantsPlugin } from './VariantsPlugin.ts';
export type { VariantChoice, VariantsConfig } from './model.ts';
