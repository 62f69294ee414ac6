/** Small 360° videos made on the fly with the project's own FFmpeg, so tests need no files in the repository. */
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { runFfmpeg } from '../../../src/video/ffmpeg.ts';
import { makePanorama } from '../panorama/fixtures.ts';

export interface TestVideo {
  width?: number;
  height?: number;
  seconds?: number;
  fps?: number;
  audio?: boolean;
  /** 'mp4' (H.264), 'webm' (VP8) or 'mov'. */
  format?: 'mp4' | 'webm' | 'mov';
}

/**
 * The colour-wheel panorama of the photo tests as its first frame, then its hues turning
 * (`hue=h=t*120`), so frames differ over time while frame 0 is a known picture.
 */
export async function makeVideo(dir: string, name: string, { width = 2048, height = width / 2, seconds = 1, fps = 10, audio = false, format = 'mp4' }: TestVideo = {}): Promise<string> {
  const still = join(dir, `${name}.still.png`);
  await writeFile(still, await makePanorama(width, width / 2, 'png'));
  const out = join(dir, name);
  const codec = format === 'webm' ? ['-c:v', 'libvpx', '-b:v', '1M', '-deadline', 'realtime', '-cpu-used', '8'] : ['-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '18', '-pix_fmt', 'yuv420p'];
  const run = await runFfmpeg([
    '-y', '-loop', '1', '-framerate', String(fps), '-i', still,
    ...(audio ? ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`] : []),
    '-t', String(seconds), '-vf', `scale=${width}:${height},hue=h=t*120`,
    ...codec, ...(audio ? ['-c:a', format === 'webm' ? 'libvorbis' : 'aac'] : []),
    out,
  ]);
  if (run.code !== 0) throw new Error(run.stderr);
  return out;
}

/** A sound-only M4A: a file with no video stream. */
export async function makeSoundOnly(dir: string, name: string): Promise<string> {
  const out = join(dir, name);
  const run = await runFfmpeg(['-y', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1', '-c:a', 'aac', '-f', 'mp4', out]);
  if (run.code !== 0) throw new Error(run.stderr);
  return out;
}
