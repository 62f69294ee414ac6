/**
 * 360° video scenes (issue 18): SceneAdapter shows photo scenes with PSV's tiles adapter and video
 * scenes with its EquirectangularVideoAdapter + VideoPlugin (downloaded with the first video
 * scene); VideoScenePlugin applies the tour's rules (no sound on its own, reduced motion, pause
 * when hidden, navbar buttons). Used only for tours that have a video scene.
 */
export { SceneAdapter, isVideoPanorama } from './SceneAdapter.ts';
export { VideoScenePlugin } from './VideoScenePlugin.ts';
export { pickRendition } from './rendition.ts';
export type { SceneAdapterConfig, VideoPanorama, VideoSceneConfig } from './model.ts';
export * as events from './events.ts';
