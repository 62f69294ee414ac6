/**
 * Compares what the browser drew with what the panorama should look like from a given view,
 * computed independently from the source photo (src/panorama/reproject.ts).
 */
import sharp from 'sharp';
import { sampleEquirect, viewRayToSphere, type RawImage, type ViewAngles } from '../../../src/panorama/reproject.ts';

export async function loadRaw(input: string | Buffer): Promise<RawImage> {
  const { data, info } = await sharp(input).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

export interface ViewMatch {
  /** Share of sampled points whose colour is within tolerance of the expected colour. */
  matching: number;
  /** Mean absolute difference per channel (0–255) over the sampled points. */
  meanDifference: number;
}

/**
 * Samples a grid over the screenshot (leaving out the navbar at the bottom) and compares each
 * point with the panorama seen from `view`.
 */
export function compareView(screenshot: RawImage, panorama: RawImage, view: ViewAngles, options: { bottomInset?: number; tolerance?: number } = {}): ViewMatch {
  const { bottomInset = 56, tolerance = 40 } = options;
  const ray = viewRayToSphere(view, screenshot.width, screenshot.height);
  const expected = [0, 0, 0];
  let matching = 0;
  let total = 0;
  let sum = 0;
  for (let gy = 1; gy < 24; gy++) {
    for (let gx = 1; gx < 40; gx++) {
      const x = Math.floor((gx / 40) * screenshot.width);
      const y = Math.floor((gy / 24) * (screenshot.height - bottomInset));
      const { lon, lat } = ray(x, y);
      sampleEquirect(panorama, lon, lat, expected);
      const i = (y * screenshot.width + x) * screenshot.channels;
      const diff = Math.max(...[0, 1, 2].map((k) => Math.abs(screenshot.data[i + k]! - expected[k]!)));
      sum += [0, 1, 2].reduce((acc, k) => acc + Math.abs(screenshot.data[i + k]! - expected[k]!), 0) / 3;
      if (diff <= tolerance) matching++;
      total++;
    }
  }
  return { matching: matching / total, meanDifference: sum / total };
}
