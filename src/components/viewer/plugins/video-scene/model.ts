import type { VideoAssets } from '../../../../panorama/public-assets.ts';

/** A video scene's panorama as VirtualTour nodes carry it: the renditions, the adapter picks one. */
export interface VideoPanorama {
  video: VideoAssets;
}

export interface VideoSceneConfig {
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
