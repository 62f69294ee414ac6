export { VR_BUTTON, WebXrPlugin } from './WebXrPlugin.ts';
export type { WebXrConfig, WebXrStrings } from './model.ts';
