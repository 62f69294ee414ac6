declare module 'virtual:hg360/panoramas' {
  /** Prepares (or finds in the cache) every web derivative of a scene's photo. Build/server only. */
  export function preparePanorama(request: import('./panorama/prepare.ts').PanoramaRequest): Promise<import('./panorama/public-assets.ts').PanoramaAssets>;
  /** Where derivatives are published (ends with `/`). */
  export const assetsBase: string;
}
