/**
 * Area hotspots in VR (issue 17): a controller's ray (or the gaze) chooses an area hotspot when it
 * points inside the outline, not only at its info card. The ray's direction in the panorama's
 * frame is turned into PSV's yaw/pitch and tested against each outline on the sphere.
 */
import { Vector3 } from 'three';
import { areaContains } from '../../../../../schemas/area-geometry.ts';
import { DEG } from '../../../../../util/angles.ts';
import { yawOf } from './angles.ts';

const UP = new Vector3(0, 1, 0);
const local = new Vector3();

type AreaHotspot = { id: string; area?: readonly (readonly [number, number])[] };

/**
 * Id of the area hotspot whose outline contains the direction (PSV radians: yaw from the photo's
 * centre growing to the right, pitch from the horizon), or undefined. Later hotspots win where
 * outlines overlap, as the later-drawn outline lies on top on the page.
 */
export function areaHotspotAt(hotspots: readonly AreaHotspot[], yaw: number, pitch: number): string | undefined {
  for (let i = hotspots.length - 1; i >= 0; i--) {
    const { id, area } = hotspots[i]!;
    if (area && areaContains(area, yaw / DEG, pitch / DEG)) return id;
  }
  return undefined;
}

/**
 * The area hotspot a ray points into: `ray` is its direction in the headset's space, `worldTurn`
 * the panorama's turn about the vertical (ImmersiveMode's `world.rotation.y`), undone first as
 * the exit view does for the head.
 */
export function areaHotspotOnRay(hotspots: readonly AreaHotspot[], ray: Vector3, worldTurn: number): string | undefined {
  const v = local.copy(ray).normalize().applyAxisAngle(UP, -worldTurn);
  return areaHotspotAt(hotspots, yawOf(v), Math.asin(Math.max(-1, Math.min(1, v.y))));
}

/** Vertical room between an outline's lowest corner and the middle of its info card, in degrees (the card is ~13° tall). */
const CARD_BELOW = 8;

/**
 * Where an area hotspot's info card stands in VR, in degrees: under the outline, at its centre's
 * yaw, so the card hides neither the house or tower it names nor a point hotspot placed on it.
 */
export function areaCardPosition(area: readonly (readonly [number, number])[], centre: { yaw: number; pitch: number }): { yaw: number; pitch: number } {
  const lowest = Math.min(...area.map(([, pitch]) => pitch));
  return { yaw: centre.yaw, pitch: Math.max(-80, lowest - CARD_BELOW) };
}
