/**
 * Renders a flat (rectilinear) view out of an equirectangular panorama: what a camera inside the
 * sphere sees looking at (yaw, pitch) with a vertical field of view. Same conventions as Photo
 * Sphere Viewer: yaw 0 is the centre column of the photo and grows to the right, pitch 0 is the
 * horizon, and there is no roll. Pure math on raw pixels, so both the build (posters) and the
 * tests (checking what the browser drew) can use it.
 */

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

const DEG = Math.PI / 180;

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

/** The rectilinear view as a raw RGB image. */
export function renderRectilinear(src: RawImage, view: ViewAngles, width: number, height: number): RawImage {
  const ray = viewRayToSphere(view, width, height);
  const data = new Uint8Array(width * height * 3);
  const px = [0, 0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const { lon, lat } = ray(x, y);
      sampleEquirect(src, lon, lat, px);
      const i = (y * width + x) * 3;
      data[i] = px[0]!;
      data[i + 1] = px[1]!;
      data[i + 2] = px[2]!;
    }
  }
  return { data, width, height, channels: 3 };
}
