export interface PosterSwapConfig {
  /** The poster element to remove once the view is sharp. */
  poster: HTMLElement | null;
  /**
   * Longest wait for the tiles, in ms.
   * @default 10000
   */
  timeout?: number;
  /** Called once the poster is gone. */
  onSharp?: () => void;
}
