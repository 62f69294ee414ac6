import type { ViewerScene } from '../../../../data/viewer-config.ts';

export interface WebXrStrings {
  enterVr: string;
  exitVr: string;
  close: string;
  /** Said instead of entering VR on a 360° video scene. */
  videoVrUnsupported: string;
}

export interface WebXrConfig {
  /** The tour's scenes: panoramas, links and info hotspots shown in the headset. */
  scenes: ViewerScene[];
  strings: WebXrStrings;
  /**
   * Seconds the gaze must rest on a target to choose it, when there is no controller or hand.
   * @default 1.5
   */
  dwell?: number;
  /**
   * Widest panorama texture to stitch from the tiles, capped further by the GPU's
   * MAX_TEXTURE_SIZE. 8192 px is ~23 px per degree, about what current headsets resolve;
   * wider would cost 512 MiB of video memory for little gain.
   * @default 8192
   */
  maxTextureWidth?: number;
}

/** The page's view when the tourist leaves VR, in PSV's radians. */
export interface ExitView {
  sceneId: string;
  yaw: number;
  pitch: number;
}
