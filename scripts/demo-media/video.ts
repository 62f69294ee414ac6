/**
 * The demo's 360° video scene (issue 18), drawn from the Mã Pí Lèng illustration: soft clouds drift
 * east across the sky and mist drifts west through the valley, over the still picture. Each layer
 * repeats every PERIOD pixels and moves exactly one PERIOD per loop, so the video loops without a
 * jump and stays seamless at 0°/360° (the panorama's width is a multiple of PERIOD). Deterministic:
 * no randomness, fixed sizes and frame times, x264 with fixed settings. An illustration like its
 * source (the source's "Minh hoạ — illustration" label stays in every frame).
 */
import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import sharp from 'sharp';
import { runFfmpeg } from '../../src/video/ffmpeg.ts';

export const VIDEO_DEMO = { width: 2048, seconds: 5, fps: 24, period: 512 } as const;

/** One layer of soft white shapes, PERIOD-periodic across `width + period` pixels (the extra period lets it slide). */
function layerSvg(width: number, height: number, shapes: { cx: number; cy: number; rx: number; ry: number; opacity: number }[], blur: number): string {
  const { period } = VIDEO_DEMO;
  const copies = (width + period) / period;
  const ellipses = [];
  for (let k = 0; k <= copies; k++) {
    for (const s of shapes) {
      // Drawn at x and x − period too, so a shape straddling a period's edge is whole on both sides.
      for (const dx of [k * period, k * period - period]) ellipses.push(`<ellipse cx="${s.cx + dx}" cy="${s.cy}" rx="${s.rx}" ry="${s.ry}" fill="#fff" fill-opacity="${s.opacity}"/>`);
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width + period}" height="${height}"><filter id="b" x="-20%" y="-50%" width="140%" height="200%"><feGaussianBlur stdDeviation="${blur}"/></filter><g filter="url(#b)">${ellipses.join('')}</g></svg>`;
}

export async function makeDemoVideo(source: string, out: string): Promise<void> {
  const { width, seconds, fps, period } = VIDEO_DEMO;
  const height = width / 2;
  const work = `${out}.parts`;
  await mkdir(work, { recursive: true });
  try {
    await sharp(source).resize(width, height).png().toFile(`${work}/still.png`);
    const clouds = [
      { cx: 60, cy: 250, rx: 70, ry: 18, opacity: 0.8 },
      { cx: 110, cy: 238, rx: 45, ry: 20, opacity: 0.85 },
      { cx: 330, cy: 330, rx: 90, ry: 16, opacity: 0.7 },
      { cx: 380, cy: 320, rx: 40, ry: 18, opacity: 0.75 },
      { cx: 250, cy: 160, rx: 60, ry: 12, opacity: 0.55 },
    ];
    const mist = [
      { cx: 100, cy: 520, rx: 160, ry: 14, opacity: 0.35 },
      { cx: 360, cy: 545, rx: 120, ry: 12, opacity: 0.3 },
    ];
    await sharp(Buffer.from(layerSvg(width, height, clouds, 6))).png().toFile(`${work}/clouds.png`);
    await sharp(Buffer.from(layerSvg(width, height, mist, 10))).png().toFile(`${work}/mist.png`);
    const speed = period / seconds;
    const run = await runFfmpeg([
      '-y',
      '-loop', '1', '-framerate', String(fps), '-i', `${work}/still.png`,
      '-loop', '1', '-framerate', String(fps), '-i', `${work}/clouds.png`,
      '-loop', '1', '-framerate', String(fps), '-i', `${work}/mist.png`,
      '-filter_complex',
      // Clouds slide east (x grows from −period to 0), mist west (x from 0 to −period); crop to the panorama.
      `[0][1]overlay=x='-${period}+mod(t*${speed},${period})':y=0:format=rgb[a];[a][2]overlay=x='-mod(t*${speed},${period})':y=0:format=rgb,crop=${width}:${height}:0:0,format=yuv420p[v]`,
      '-map', '[v]', '-t', String(seconds),
      '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '18', '-threads', '2', '-movflags', '+faststart',
      `${work}/video.mp4`,
    ]);
    if (run.code !== 0) throw new Error(`demo video: FFmpeg failed:\n${run.stderr.slice(-2000)}`);
    await mkdir(dirname(out), { recursive: true });
    const { rename } = await import('node:fs/promises');
    await rename(`${work}/video.mp4`, out);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
