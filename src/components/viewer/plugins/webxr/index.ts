export { VrEndEvent, type WebXrEvents } from './events.ts';
export { VR_BUTTON, WebXrPlugin } from './WebXrPlugin.ts';
export { VrButton } from './VrButton.ts';
export type { WebXrConfig, WebXrStrings } from './model.ts';
