/**
 * Demo pictures derived from the generated panoramas (run after scripts/demo-panoramas):
 * a close-up for a hotspot panel, and a buckwheat-flower-season variant of Lũng Cú, where the
 * green fields below the horizon turn pink as they do in October–November. Deterministic, redone
 * only when the panorama they come from is newer. Illustrations, like their source.
 */
import { stat } from 'node:fs/promises';
import sharp from 'sharp';
import { renderRectilinear } from '../../src/panorama/reproject.ts';
import { makeDemoVideo } from './video.ts';

const DIR = 'content/tours/cao-nguyen-da';
const SOURCE = `${DIR}/cot-co-lung-cu.illustration.jpg`;

const mtime = (path: string) =>
  stat(path).then(
    (s) => s.mtimeMs,
    () => 0,
  );

async function raw(path: string) {
  const { data, info } = await sharp(path).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** The flag up close: the view a hotspot's photo would show. */
async function closeUp(out: string): Promise<void> {
  const image = renderRectilinear(await raw(SOURCE), { yaw: 0, pitch: 20, vFov: 22 }, 800, 600);
  await sharp(image.data, { raw: { width: 800, height: 600, channels: 3 } }).jpeg({ quality: 85 }).toFile(out);
}

/** Greens below the horizon become buckwheat pink, with a little per-pixel variation so fields keep their texture. */
async function buckwheatSeason(out: string): Promise<void> {
  const image = await raw(SOURCE);
  const { data, width, height, channels } = image;
  // From just below the near hills down: the karst peaks stay green.
  for (let y = Math.floor(height * 0.555); y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      // Green-dominant pixels are fields and slopes; rocks, roads and the tower stay as they are.
      if (g > r + 12 && g > b + 12) {
        const light = (0.3 * r + 0.59 * g + 0.11 * b) / 255;
        const speckle = ((x * 7 + y * 13) % 11) / 11 - 0.5;
        data[i] = Math.min(255, 120 + light * 170 + speckle * 14);
        data[i + 1] = Math.min(255, 40 + light * 150 + speckle * 8);
        data[i + 2] = Math.min(255, 90 + light * 150 + speckle * 14);
      }
    }
  }
  await sharp(data, { raw: { width, height, channels: channels as 3 } }).jpeg({ quality: 85, mozjpeg: true }).toFile(out);
}

/** The video scene: clouds and mist drifting over the Mã Pí Lèng illustration (video.ts). */
const videoScene = (out: string) => makeDemoVideo(`${DIR}/deo-ma-pi-leng.illustration.jpg`, out);

const source = await mtime(SOURCE);
if (source === 0) {
  console.warn(`demo-media: ${SOURCE} is missing; run scripts/demo-panoramas/generate.ts first.`);
  process.exit(1);
}
for (const [out, make] of [
  [`${DIR}/cot-co-lung-cu.la-co.illustration.jpg`, closeUp],
  [`${DIR}/cot-co-lung-cu.mua-hoa.illustration.jpg`, buckwheatSeason],
  [`${DIR}/may-ma-pi-leng.illustration.mp4`, videoScene],
] as const) {
  // Video from the Mã Pí Lèng picture; the others from Lũng Cú.
  const from = out.endsWith('.mp4') ? await mtime(`${DIR}/deo-ma-pi-leng.illustration.jpg`) : source;
  if ((await mtime(out)) > from) continue;
  await make(out);
  console.log(`demo-media: wrote ${out}`);
}
