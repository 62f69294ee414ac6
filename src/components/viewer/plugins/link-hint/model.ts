export interface LinkHintConfig {
  /** Title of each scene, by scene id: the pointer names where its arrow leads. */
  titles: Record<string, string>;
  /**
   * Accessible name of the pointer for a target title.
   * @default (title) => `Turn towards ${title}`
   */
  label?: (title: string) => string;
  /**
   * Share of the half-width from the edges inside which an arrow counts as seen (0–1): an arrow
   * whose centre sits right on the edge is half hidden.
   * @default 0.05
   */
  inset?: number;
  /**
   * Speed of the turn to the arrow (PSV speed); `false` turns at once (reduced motion always does).
   * @default '12rpm'
   */
  speed?: string | number | false;
}

export type LinkHintSide = 'left' | 'right';
