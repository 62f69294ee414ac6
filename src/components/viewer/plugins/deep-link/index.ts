export { DeepLinkPlugin } from './DeepLinkPlugin.ts';
export type { DeepLinkConfig } from './model.ts';
export { formatViewParams, parseViewParams, type UrlView } from './url-view.ts';
