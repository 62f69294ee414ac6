/**
 * The video pipeline's front door (issue 18): one scene's 360° video and initial view in; H.264
 * MP4 renditions (+faststart, so playback starts before the whole file arrives), the first frame,
 * thumbnails, posters and placeholder out. The first frame goes through the photos' own poster
 * code (src/panorama/poster.ts), so a video scene's page paints at once like a photo scene's.
 * Stored in `cacheDir/<hash>/`, the hash covering the video's bytes, its coverage and the settings:
 * an unchanged video is never encoded again.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { checkMediaSignature, resolveContentFile } from '../panorama/content-file.ts';
import { type Coverage, coverageFromDescription, type PartialDescription } from '../panorama/coverage.ts';
import { decodeSphere } from '../panorama/derive-photo.ts';
import { PanoramaInputError } from '../panorama/errors.ts';
import { posterPlaceholder, renderPosters, type Posters, type PosterView } from '../panorama/poster.ts';
import type { PipelineContext } from '../panorama/prepare.ts';
import type { RawImage } from '../panorama/reproject.ts';
import { PIPELINE_SETTINGS } from '../panorama/settings.ts';
import { thumbnailList, type Thumbnail, writeThumbnails } from '../panorama/thumbnails.ts';
import { resizeRaw } from '../panorama/tiles.ts';
import { runFfmpeg } from './ffmpeg.ts';
import { inspectVideo } from './inspect-video.ts';
import { renditionWidths, VIDEO_SETTINGS } from './settings.ts';

export interface VideoRequest {
  /** The video's path relative to the project root; also how messages name it. */
  video: string;
  /** A cropped video described by the editor. */
  partial?: PartialDescription;
  view: PosterView;
}

export interface VideoRendition {
  width: number;
  height: number;
  file: string;
  bytes: number;
}

/** What is made once per video, whatever view a scene opens with (`video.json` in the hash folder). */
export interface VideoDerivatives {
  hash: string;
  /** Smallest first. */
  renditions: VideoRendition[];
  /** Seconds. */
  duration: number;
  /** Whether the renditions carry sound (the viewer offers the mute button only then). */
  hasAudio: boolean;
  /** The first frame, as a 2:1 sphere, lossless: the posters are rendered from it. */
  frame: string;
  thumbnails: Thumbnail[];
  coverage?: Coverage;
}

export interface PreparedVideo extends VideoDerivatives {
  posters: Posters;
}

/** One finished rendition: for the progress line and bench:pipeline. */
export interface EncodeReport {
  video: string;
  width: number;
  height: number;
  seconds: number;
  encodeMs: number;
  bytes: number;
  peakRss?: number;
}

export interface VideoPipelineOptions {
  /** Called after each rendition; the default prints one progress line. */
  onEncoded?: (report: EncodeReport) => void;
  /** Called before a video is encoded (not when it comes from the cache); the default prints a line. */
  onStart?: (video: string, widths: number[], seconds: number) => void;
}

const META = 'video.json';
const FRAME = 'frame.png';
const POSTER_SOURCE_WIDTH = 4096;

const printReport = (r: EncodeReport) =>
  console.info(
    `[hg360:video] ${r.video}: ${r.width}×${r.height} encoded in ${(r.encodeMs / 1000).toFixed(1)} s ` +
      `(${(r.encodeMs / 1000 / r.seconds).toFixed(2)} s per second of video, ${(r.bytes / 1024 ** 2).toFixed(1)} MiB)`,
  );

const printStart = (video: string, widths: number[], seconds: number) =>
  console.info(`[hg360:video] ${video}: ${seconds.toFixed(1)} s of video, encoding ${widths.map((w) => `${w} px`).join(' and ')} (once; cached afterwards)…`);

/** The content hash, streamed: a source video may be gigabytes. */
async function videoHash(path: string, coverage: Coverage | undefined): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ VIDEO_SETTINGS, PIPELINE_SETTINGS: PIPELINE_SETTINGS.thumbnails, coverage }));
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex').slice(0, 16);
}

async function readMeta(dir: string): Promise<VideoDerivatives | undefined> {
  return readFile(join(dir, META), 'utf8').then(
    (text) => JSON.parse(text) as VideoDerivatives,
    () => undefined,
  );
}

async function ffmpegOrFail(args: string[], label: string) {
  const run = await runFfmpeg(args);
  if (run.code !== 0) {
    const last = run.stderr.trim().split('\n').at(-1) ?? '';
    throw new PanoramaInputError(label, `The video could not be decoded (${last}); it is probably cut short or damaged.`, 'Copy it again from the camera, or export it again as MP4 (H.264).');
  }
  return run;
}

/** FFmpeg arguments for one H.264 rendition `width`×`height` of `source` into `out`. */
export function h264Args(source: string, out: string, width: number, height: number, fps: number): string[] {
  const { crf, preset, profile } = VIDEO_SETTINGS.h264;
  const filters = [`scale=${width}:${height}:flags=lanczos`, ...(fps > VIDEO_SETTINGS.maxFps ? [`fps=${VIDEO_SETTINGS.maxFps}`] : []), 'format=yuv420p'];
  return [
    '-y', '-i', source,
    // The first video stream, and the first sound stream if there is one; no metadata (GPS, camera serial).
    '-map', '0:v:0', '-map', '0:a:0?', '-map_metadata', '-1',
    '-vf', filters.join(','),
    '-c:v', 'libx264', '-preset', preset, '-crf', String(crf), '-profile:v', profile,
    '-c:a', 'aac', '-b:a', VIDEO_SETTINGS.audioBitrate, '-ac', '2',
    // The index (moov) first: the browser can start playing before the whole file arrives.
    '-movflags', '+faststart',
    out,
  ];
}

const inFlight = new Map<string, Promise<VideoDerivatives>>();

export async function prepareVideo(request: VideoRequest, { root, cacheDir, contentDirs = [root] }: PipelineContext, options: VideoPipelineOptions = {}): Promise<PreparedVideo> {
  const label = request.video;
  const path = await resolveContentFile(join(root, request.video), label, 'video', contentDirs);
  await checkMediaSignature(path, label);
  const info = await inspectVideo(path, label, Boolean(request.partial));
  const coverage = request.partial ? coverageFromDescription(request.partial, info.video.width, info.video.height) : undefined;
  const hash = await videoHash(path, coverage);
  const dir = join(cacheDir, hash);
  let derived = await readMeta(dir);
  if (!derived) {
    // Two scenes may share a video: encode it once.
    let pending = inFlight.get(hash);
    if (!pending) {
      (options.onStart ?? printStart)(label, renditionWidths(info.video.width), info.duration);
      pending = encode(path, label, info, coverage, hash, dir, options.onEncoded ?? printReport).finally(() => inFlight.delete(hash));
      inFlight.set(hash, pending);
    }
    derived = await pending;
  }
  const files = await renderPosters(request.view, dir, () => frameSphere(join(dir, derived.frame), coverage));
  return { ...derived, posters: { ...files, placeholder: await posterPlaceholder(request.view, dir) } };
}

/** The first frame as the full sphere (a cropped video padded like a partial photo), ≤ 4096 px wide. */
async function frameSphere(frame: string, coverage: Coverage | undefined): Promise<RawImage> {
  const sphere = await decodeSphere(await readFile(frame), coverage);
  return sphere.width > POSTER_SOURCE_WIDTH ? resizeRaw(sphere, POSTER_SOURCE_WIDTH) : sphere;
}

async function encode(
  source: string,
  label: string,
  info: Awaited<ReturnType<typeof inspectVideo>>,
  coverage: Coverage | undefined,
  hash: string,
  outDir: string,
  onEncoded: (report: EncodeReport) => void,
): Promise<VideoDerivatives> {
  const { width, height, fps } = info.video;
  const result: VideoDerivatives = {
    hash,
    renditions: [],
    duration: info.duration,
    hasAudio: info.hasAudio,
    frame: FRAME,
    thumbnails: thumbnailList(),
    ...(coverage ? { coverage } : {}),
  };
  // Written into a temporary folder and renamed: an interrupted build never leaves a folder a later build would trust.
  const tmpDir = `${outDir}.tmp-${randomUUID().slice(0, 8)}`;
  await mkdir(tmpDir, { recursive: true });
  try {
    // The first frame, exactly as decoded (lossless), for posters, thumbnails and the placeholder.
    await ffmpegOrFail(['-y', '-i', source, '-map', '0:v:0', '-frames:v', '1', '-f', 'image2', '-c:v', 'png', join(tmpDir, FRAME)], label);
    const sphere = await frameSphere(join(tmpDir, FRAME), coverage);
    const small = sharp(sphere.data, { raw: { width: sphere.width, height: sphere.height, channels: sphere.channels as 3 } });
    await writeThumbnails(small, result.thumbnails, tmpDir);
    for (const w of renditionWidths(width)) {
      const h = coverage ? Math.round((w * height) / width / 2) * 2 : w / 2;
      const file = `video-${w}.mp4`;
      const started = performance.now();
      const run = await ffmpegOrFail(h264Args(source, join(tmpDir, file), w, h, fps), label);
      const bytes = (await stat(join(tmpDir, file))).size;
      result.renditions.push({ width: w, height: h, file, bytes });
      onEncoded({ video: label, width: w, height: h, seconds: info.duration, encodeMs: performance.now() - started, bytes, ...(run.peakRss ? { peakRss: run.peakRss } : {}) });
    }
    await writeFile(join(tmpDir, META), JSON.stringify(result));
  } catch (error) {
    await rm(tmpDir, { recursive: true, force: true });
    throw error;
  }
  await rm(outDir, { recursive: true, force: true });
  await rename(tmpDir, outDir);
  return result;
}
