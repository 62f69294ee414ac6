/**
 * Which way a tourist faces on arriving through an arrow (issue 17, item 2). All angles are the
 * editors' degrees: yaw 0 = the photo's centre, growing to the right; a heading is the compass
 * bearing of a photo's centre (GPano PoseHeadingDegrees), so a yaw's bearing is heading + yaw.
 */
import { yawDelta } from '../../../../schemas/view-geometry.ts';

export interface ArrivalLink {
  yaw: number;
  pitch: number;
  arrive?: { yaw: number; pitch?: number | undefined } | undefined;
}

export interface ArrivalScene {
  heading?: number | undefined;
  view: { yaw: number; pitch: number; zoom: number };
}

/** Where the next scene opens, and why: the editor's `arrive`, the direction of travel, or its own `view`. */
export interface Arrival {
  yaw: number;
  pitch: number;
  zoom: number;
  from: 'arrive' | 'travel' | 'view';
}

/** A yaw in (-180, 180]: the editors' way of writing it. */
const wrap = (yaw: number) => yawDelta(0, yaw) || 0;

/**
 * The editor's `arrive` wins; else, when both photos know their heading, the bearing of travel
 * (this scene's heading + the arrow's yaw) seen from the next photo (bearing − its heading), at the
 * next scene's opening pitch and zoom; else the next scene's own opening view, as before.
 */
export function arrivalView(from: Pick<ArrivalScene, 'heading'>, link: ArrivalLink, to: ArrivalScene): Arrival {
  const { view } = to;
  if (link.arrive) return { yaw: wrap(link.arrive.yaw), pitch: link.arrive.pitch ?? view.pitch, zoom: view.zoom, from: 'arrive' };
  if (from.heading === undefined || to.heading === undefined) return { ...view, yaw: wrap(view.yaw), from: 'view' };
  return { yaw: wrap(from.heading + link.yaw - to.heading), pitch: view.pitch, zoom: view.zoom, from: 'travel' };
}
