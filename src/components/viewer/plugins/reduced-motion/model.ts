export interface ReducedMotionConfig {
  /**
   * When autorotate may start on its own, in ms (`null`: never); reduced motion always means never.
   * @default 30000
   */
  autostartDelay?: number | null;
}

/** PSV's autorotate takes `null` for "never start on its own"; its types only say number. */
export const NEVER = null as unknown as number;
