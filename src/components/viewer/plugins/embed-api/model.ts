export interface EmbedApiConfig {
  /**
   * Origins whose commands are obeyed; '*' = any (see src/config/embed.ts).
   * @default '*'
   */
  origins?: '*' | readonly string[];
  /**
   * Least time between two `view-changed` events, in ms: a drag would otherwise post ~60 a second.
   * @default 200
   */
  throttle?: number;
  /** Scene titles by id, for `scene-changed`. */
  titles?: Record<string, string>;
}
