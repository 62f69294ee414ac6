/**
 * What a video file holds, read from FFmpeg's own description of its input (`ffmpeg -i`): the
 * container, the first video stream's codec, size, frame rate and rotation, and the duration.
 * No frame is decoded, so checking a long video costs milliseconds.
 */
import { runFfmpeg } from './ffmpeg.ts';

export interface VideoInfo {
  /** FFmpeg's name of the container, e.g. "mov,mp4,m4a,3gp,3g2,mj2" or "matroska,webm". */
  container: string;
  /** Seconds. */
  duration: number;
  video?: { codec: string; width: number; height: number; fps: number };
  hasAudio: boolean;
}

/** Parses `ffmpeg -i` output. Undefined when FFmpeg could not read the file as media at all. */
export function parseProbe(log: string): VideoInfo | undefined {
  const input = /^Input #0, ([^,]+(?:,[^,\s]+)*), from/m.exec(log);
  if (!input) return undefined;
  const duration = /Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)/.exec(log);
  const seconds = duration ? Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3]) : 0;
  // The first video stream that is not a cover picture (attached_pic).
  const videoLine = log.split('\n').find((line) => /Stream #\d+:\d+.*: Video: /.test(line) && !line.includes('attached pic'));
  let video: VideoInfo['video'];
  if (videoLine) {
    const codec = /Video: (\w+)/.exec(videoLine)![1]!;
    const size = /, (\d{2,5})x(\d{2,5})[, \s]/.exec(videoLine);
    const fps = /, ([\d.]+) fps/.exec(videoLine) ?? /, ([\d.]+) tbr/.exec(videoLine);
    if (size) video = { codec, width: Number(size[1]), height: Number(size[2]), fps: fps ? Number(fps[1]) : 0 };
  }
  return { container: input[1]!, duration: seconds, ...(video ? { video } : {}), hasAudio: /Stream #\d+:\d+.*: Audio: /.test(log) };
}

export async function probeVideo(path: string): Promise<VideoInfo | undefined> {
  // `-i` alone exits with "At least one output file must be specified": the description is printed first.
  const { stderr } = await runFfmpeg(['-i', path]);
  return parseProbe(stderr);
}
