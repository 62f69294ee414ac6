/**
 * Area hotspots' outlines in VR (issue 17): on the page PSV's markers draw them; in the headset a
 * line just inside the panorama's sphere follows the same corners, so a visitor sees what the ray
 * can choose. It lights up while a ray points inside (the card lights with it: area-pick.ts).
 */
import { BufferGeometry, LineBasicMaterial, LineLoop, Vector3 } from 'three';
import { DEG } from '../../../../../util/angles.ts';
import { direction } from './angles.ts';
import { SPHERE_RADIUS } from './panorama.ts';

/** Just inside the photo, so the line is never hidden by the sphere it is drawn on. */
const OUTLINE_RADIUS = SPHERE_RADIUS * 0.97;
/** Straight in degrees is curved on the sphere: each side is drawn in this many pieces. */
const STEPS_PER_SIDE = 12;
const COLOUR = 0xffffff;
const LIT_COLOUR = 0xffd54a;

/** A closed line through the corners `[yaw, pitch]` (degrees), each side following yaw and pitch evenly. */
export function areaOutline(area: readonly (readonly [number, number])[]): LineLoop<BufferGeometry, LineBasicMaterial> {
  const points: Vector3[] = [];
  area.forEach(([yaw, pitch], i) => {
    const [nextYaw, nextPitch] = area[(i + 1) % area.length]!;
    // The short way round: a side from 350° to 10° crosses 0°, not the whole panorama.
    const yawStep = ((((nextYaw - yaw) % 360) + 540) % 360) - 180;
    for (let s = 0; s < STEPS_PER_SIDE; s++) {
      const t = s / STEPS_PER_SIDE;
      points.push(direction((yaw + yawStep * t) * DEG, (pitch + (nextPitch - pitch) * t) * DEG).multiplyScalar(OUTLINE_RADIUS));
    }
  });
  const line = new LineLoop(new BufferGeometry().setFromPoints(points), new LineBasicMaterial({ color: COLOUR, transparent: true, opacity: 0.85, depthTest: false }));
  line.renderOrder = 1;
  return line;
}

export function setOutlineLit(line: LineLoop<BufferGeometry, LineBasicMaterial>, lit: boolean): void {
  line.material.color.setHex(lit ? LIT_COLOUR : COLOUR);
  line.material.opacity = lit ? 1 : 0.85;
}

export function disposeOutline(line: LineLoop<BufferGeometry, LineBasicMaterial>): void {
  line.removeFromParent();
  line.geometry.dispose();
  line.material.dispose();
}
