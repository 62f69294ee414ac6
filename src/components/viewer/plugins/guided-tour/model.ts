import type { GuideAddress } from './address.ts';

/**
 * Keys the guide answers itself (they do not pause it): P plays or pauses, [ and ] step. Read by the
 * first chunk too (late-plugins.ts), so a P pressed before the guide's chunk arrived is kept for it.
 */
export const GUIDE_KEYS: readonly string[] = ['p', 'P', '[', ']'];

/** One info point of a scene, as the guide shows it (angles in degrees). */
export interface GuideHotspot {
  id: string;
  yaw: number;
  pitch: number;
  title: string;
  text: string;
}

export interface GuideScene {
  title: string;
  hotspots: GuideHotspot[];
}

/** The guide's words, in the page's language (src/components/viewer/strings.ts). */
export interface GuideStrings {
  guidePlay: string;
  /** The navbar button's label while the guide plays, and while it is paused. */
  guidePauseTour: string;
  guideResumeTour: string;
  guidePause: string;
  guideResume: string;
  guidePrevious: string;
  guideNext: string;
  guideStop: string;
  guideSoundOn: string;
  guideRegion: string;
  guideSpot: (n: number, total: number) => string;
  /** The caption while the guide walks through an arrow to the next scene. */
  guideWalkingTo: (scene: string) => string;
}

export interface GuidedTourConfig extends Partial<GuideAddress> {
  /** The element that holds the viewer (the <hg-viewer> region): P, [ and ] act while focus is inside. */
  host: HTMLElement;
  /** Scene ids in the order they are played (the tour's `guide:`, else every scene in order). */
  order: string[];
  /** Every scene's title and info points, by scene id. */
  scenes: Record<string, GuideScene>;
  strings: GuideStrings;
  /**
   * Kiosk mode: after this long without input a paused guide starts again from the first scene.
   * @default 60000 (5000 at `pace: 'fast'`)
   */
  idleRestart?: number;
}
