import type { ArrivalLink, ArrivalScene } from './arrival.ts';

export interface WalkScene extends ArrivalScene {
  id: string;
  /** In the order of the tour node's links (tour-nodes.ts keeps it). */
  links: (ArrivalLink & { to: string })[];
}

export interface WalkConfig {
  /** Every scene of the tour: heading, opening view and links with their `arrive`. */
  scenes: WalkScene[];
  /**
   * Time to turn towards the arrow and zoom in along it, in ms.
   * @default 450
   */
  turnMs?: number;
  /**
   * How far the view zooms in along the arrow (zoom levels, 0–100).
   * @default 30
   */
  zoomIn?: number;
  /**
   * Cross-fade into the next scene, in ms.
   * @default 450
   */
  fadeMs?: number;
  /**
   * The plain cross-fade under `prefers-reduced-motion`, in ms.
   * @default 200
   */
  reducedFadeMs?: number;
  /**
   * Longest wait for the next view's tiles before fading in anyway (slow links), in ms.
   * @default 1200
   */
  sharpTimeoutMs?: number;
}
