declare module 'virtual:hg360/panoramas' {
  /** Prepares (or finds in the cache) every web derivative of a scene's photo. Build/server only. */
  export function preparePanorama(request: import('./panorama/prepare.ts').PanoramaRequest): Promise<import('./panorama/public-assets.ts').PanoramaAssets>;
  /** Encodes (or finds in the cache) a scene's 360° video: renditions, posters and thumbnails from its first frame. */
  export function prepareVideo(request: import('./video/prepare-video.ts').VideoRequest): Promise<import('./panorama/public-assets.ts').PanoramaAssets>;
  /** A photo for a hotspot panel (path relative to the project), resized to WebP. */
  export function prepareImage(file: string): Promise<{ url: string; width: number; height: number }>;
  /** A sound or video file (path relative to the project), published under a hashed name. */
  export function prepareMedia(file: string): Promise<string>;
  /** Where derivatives are published (ends with `/`). */
  export const assetsBase: string;
}
