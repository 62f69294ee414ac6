export { EmbedApiPlugin } from './EmbedApiPlugin.ts';
export type { EmbedApiConfig } from './model.ts';
