export interface DeepLinkConfig {
  /** Page URL of each scene, by scene id. */
  sceneUrls: Record<string, string>;
  /**
   * Wait after the last move before the address is updated, in ms.
   * @default 250
   */
  delay?: number;
  /** Extra view state kept in the address (the variant on screen), read when the address is written. */
  extraParams?: () => { variant?: string | undefined };
}
