/**
 * Angles between PSV's yaw/pitch and the headset's space. PSV: yaw 0 at the photo's centre on +z,
 * growing to the right (clockwise seen from above). WebXR: the head starts looking along −z. A
 * "heading" here is atan2(x, z) of a direction, the angle three's rotation.y adds to.
 */
import { Vector3 } from 'three';

/** Same convention as PSV's DataHelper.sphericalCoordsToVector3 (unit length). */
export function direction(yaw: number, pitch: number, out = new Vector3()): Vector3 {
  return out.set(-Math.cos(pitch) * Math.sin(yaw), Math.sin(pitch), Math.cos(pitch) * Math.cos(yaw));
}

export function heading(v: { x: number; z: number }): number {
  return Math.atan2(v.x, v.z);
}

/** PSV yaw in [0, 2π) of a direction, as PSV's DataHelper.vector3ToSphericalCoords (which gives 2π for 0). */
export function yawOf(v: { x: number; z: number }): number {
  const theta = Math.atan2(v.x, v.z);
  return (theta < 0 ? -theta : 2 * Math.PI - theta) % (2 * Math.PI);
}

/**
 * The turn (rotation.y) of the panorama that puts `yaw` where the head is heading: direction(yaw)
 * has heading −yaw, and a turn by `a` adds `a` to every heading.
 */
export function turnFor(yaw: number, headHeading: number): number {
  return headHeading + yaw;
}
