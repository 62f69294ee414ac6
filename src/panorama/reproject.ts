/**
 * Renders a flat (rectilinear) view out of an equirectangular panorama: what a camera inside the
 * sphere sees looking at (yaw, pitch) with a vertical field of view. Same conventions as Photo
 * Sphere Viewer: yaw 0 is the centre column of the photo and grows to the right, pitch 0 is the
 * horizon, and there is no roll. Pure math on raw pixels, so both the build (posters) and the
 * tests (checking what the browser drew) can use it.
 */
import { DEG } from '../util/angles.ts';

export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

export interface ViewAngles {
  /** Degrees. */
  yaw: number;
  /** Degrees. */
  pitch: number;
  /** Vertical field of view in degrees. */
  vFov: number;
}


/** Maps a pixel of a width×height view to the panorama's longitude/latitude (radians). */
export function viewRayToSphere(view: ViewAngles, width: number, height: number) {
  const yaw = view.yaw * DEG;
  const pitch = view.pitch * DEG;
  const tanHalf = Math.tan((view.vFov * DEG) / 2);
  const aspect = width / height;
  // Camera basis: forward, right and up vectors in a frame where +z faces yaw 0 and +y is up.
  const f = [Math.cos(pitch) * Math.sin(yaw), Math.sin(pitch), Math.cos(pitch) * Math.cos(yaw)];
  const r = [Math.cos(yaw), 0, -Math.sin(yaw)];
  const u = [-Math.sin(pitch) * Math.sin(yaw), Math.cos(pitch), -Math.sin(pitch) * Math.cos(yaw)];
  return (x: number, y: number): { lon: number; lat: number } => {
    const a = ((2 * (x + 0.5)) / width - 1) * tanHalf * aspect;
    const b = (1 - (2 * (y + 0.5)) / height) * tanHalf;
    const dx = f[0]! + a * r[0]! + b * u[0]!;
    const dy = f[1]! + a * r[1]! + b * u[1]!;
    const dz = f[2]! + a * r[2]! + b * u[2]!;
    return { lon: Math.atan2(dx, dz), lat: Math.atan2(dy, Math.hypot(dx, dz)) };
  };
}

/** Bilinear sample of an equirectangular image at longitude/latitude (radians); wraps at the seam. */
export function sampleEquirect(src: RawImage, lon: number, lat: number, out: number[] = [0, 0, 0]): number[] {
  const fx = (0.5 + lon / (2 * Math.PI)) * src.width - 0.5;
  const fy = Math.min(Math.max((0.5 - lat / Math.PI) * src.height - 0.5, 0), src.height - 1);
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const tx = fx - x0;
  const ty = fy - y0;
  const xa = ((x0 % src.width) + src.width) % src.width;
  const xb = (xa + 1) % src.width;
  const ya = y0;
  const yb = Math.min(y0 + 1, src.height - 1);
  const c = src.channels;
  for (let k = 0; k < 3; k++) {
    const top = src.data[(ya * src.width + xa) * c + k]! * (1 - tx) + src.data[(ya * src.width + xb) * c + k]! * tx;
    const bottom = src.data[(yb * src.width + xa) * c + k]! * (1 - tx) + src.data[(yb * src.width + xb) * c + k]! * tx;
    out[k] = top * (1 - ty) + bottom * ty;
  }
  return out;
}

/**
 * The rectilinear view as a raw RGB image. Same math as viewRayToSphere + sampleEquirect, inlined
 * without per-pixel allocations: a 1280×720 poster is ~1 M samples, rendered at every cold build.
 */
export function renderRectilinear(src: RawImage, view: ViewAngles, width: number, height: number): RawImage {
  const yaw = view.yaw * DEG;
  const pitch = view.pitch * DEG;
  const tanHalf = Math.tan((view.vFov * DEG) / 2);
  const aspect = width / height;
  const [fx, fy, fz] = [Math.cos(pitch) * Math.sin(yaw), Math.sin(pitch), Math.cos(pitch) * Math.cos(yaw)];
  const [rx, rz] = [Math.cos(yaw), -Math.sin(yaw)];
  const [ux, uy, uz] = [-Math.sin(pitch) * Math.sin(yaw), Math.cos(pitch), -Math.sin(pitch) * Math.cos(yaw)];
  const { data: sdata, width: sw, height: sh, channels: c } = src;
  const out = new Uint8Array(width * height * 3);
  const lonScale = sw / (2 * Math.PI);
  const latScale = sh / Math.PI;
  for (let y = 0; y < height; y++) {
    const b = (1 - (2 * (y + 0.5)) / height) * tanHalf;
    for (let x = 0; x < width; x++) {
      const a = ((2 * (x + 0.5)) / width - 1) * tanHalf * aspect;
      const dx = fx + a * rx + b * ux;
      const dy = fy + b * uy;
      const dz = fz + a * rz + b * uz;
      const lon = Math.atan2(dx, dz);
      const lat = Math.atan2(dy, Math.sqrt(dx * dx + dz * dz));
      const sx = sw / 2 + lon * lonScale - 0.5;
      let sy = sh / 2 - lat * latScale - 0.5;
      if (sy < 0) sy = 0;
      else if (sy > sh - 1) sy = sh - 1;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const tx = sx - x0;
      const ty = sy - y0;
      const xa = ((x0 % sw) + sw) % sw;
      const xb = xa + 1 === sw ? 0 : xa + 1;
      const yb = y0 + 1 < sh ? y0 + 1 : y0;
      const i00 = (y0 * sw + xa) * c;
      const i01 = (y0 * sw + xb) * c;
      const i10 = (yb * sw + xa) * c;
      const i11 = (yb * sw + xb) * c;
      const o = (y * width + x) * 3;
      for (let k = 0; k < 3; k++) {
        const top = sdata[i00 + k]! + (sdata[i01 + k]! - sdata[i00 + k]!) * tx;
        const bottom = sdata[i10 + k]! + (sdata[i11 + k]! - sdata[i10 + k]!) * tx;
        out[o + k] = top + (bottom - top) * ty + 0.5;
      }
    }
  }
  return { data: out, width, height, channels: 3 };
}
