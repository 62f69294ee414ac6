export interface ReducedMotionConfig {
  /**
   * When autorotate may start on its own, in ms (`null`: never); reduced motion always means never.
   * @default 30000
   */
  autostartDelay?: number | null;
}
