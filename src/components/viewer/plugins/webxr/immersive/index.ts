/** The VR scene, loaded only when the tourist presses Enter VR (WebXrPlugin imports it dynamically). */
export { ImmersiveMode, type ImmersiveOptions } from './immersive-mode.ts';
