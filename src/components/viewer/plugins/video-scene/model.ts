import type { VideoAssets } from '../../../../panorama/public-assets.ts';

/** A video scene's panorama as VirtualTour nodes carry it: the renditions, the adapter picks one. */
export interface VideoPanorama {
  video: VideoAssets;
}

export interface VideoSceneStrings {
  /** Said when VR is asked for on a video scene. */
  vrUnsupported: string;
  /** Said when the video cannot be played (no codec, network). */
  cannotPlay: string;
}

export interface VideoSceneConfig {
  strings: VideoSceneStrings;
  /**
   * Start video scenes playing, muted, when the browser allows it. Never under
   * `prefers-reduced-motion`, never with sound.
   * @default true
   */
  autoplay?: boolean;
}

export interface SceneAdapterConfig {
  /** Options of the EquirectangularTilesAdapter used for photo scenes. */
  tiles?: Record<string, unknown>;
}
