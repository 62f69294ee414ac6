export interface PosterSwapConfig {
  /** The poster element to remove once the view is sharp. */
  poster: HTMLElement | null;
  /**
   * The view the poster shows (yaw and pitch in radians, PSV's zoom level): the scene's own opening
   * view. A viewer that opens elsewhere (a link to another direction) drops the poster at once.
   * @default the view the viewer is ready at
   */
  posterView?: { yaw: number; pitch: number; zoom: number } | null;
  /**
   * Longest wait for the tiles, in ms.
   * @default 10000
   */
  timeout?: number;
  /** Called once the poster is gone. */
  onSharp?: () => void;
}
