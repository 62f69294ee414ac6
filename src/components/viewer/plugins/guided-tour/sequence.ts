/**
 * The guided tour as a list of spots: each info point of each scene in the guide's order, and a
 * scene without info points as one spot of its own (its title). Pure, so it is tested in Node.
 */
import type { GuideScene } from './model.ts';

export interface GuideStep {
  sceneId: string;
  sceneTitle: string;
  /** The info point shown, when the scene has any. */
  hotspotId?: string;
  /** Where the view turns, in degrees; none for a scene without info points (its own opening view). */
  yaw?: number;
  pitch?: number;
  title: string;
  text: string;
  /** Last spot of its scene: the guide waits for the narration here, then walks on. */
  lastOfScene: boolean;
}

export function guideSteps(order: readonly string[], scenes: Readonly<Record<string, GuideScene>>): GuideStep[] {
  return order.flatMap((sceneId): GuideStep[] => {
    const scene = scenes[sceneId];
    if (!scene) return [];
    if (scene.hotspots.length === 0) return [{ sceneId, sceneTitle: scene.title, title: scene.title, text: '', lastOfScene: true }];
    return scene.hotspots.map((h, i) => ({
      sceneId,
      sceneTitle: scene.title,
      hotspotId: h.id,
      yaw: h.yaw,
      pitch: h.pitch,
      title: h.title,
      text: h.text,
      lastOfScene: i === scene.hotspots.length - 1,
    }));
  });
}

/** How long a spot stays: long enough to read its text (about 45 ms a letter), 4 to 12 s; a fast preview 0.5 s. */
export function dwellMs(step: GuideStep, pace: 'normal' | 'fast'): number {
  if (pace === 'fast') return 500;
  return Math.min(12_000, Math.max(4_000, 3_000 + (step.title.length + step.text.length) * 45));
}
