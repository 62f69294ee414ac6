export interface ShareConfig {
  /**
   * Said in a notification when the address was copied (no share sheet).
   * @default 'Copied'
   */
  copied?: string;
  /**
   * How long that notification stays, in ms.
   * @default 3000
   */
  timeout?: number;
}
