/**
 * The checks of an editor's 360° video, before anything is encoded: used by the content checks
 * (src/validate/check-media.ts) and by the pipeline alike, so the words are the same. Every
 * refusal names the file and says what to do.
 */
import { stat } from 'node:fs/promises';
import { PanoramaInputError } from '../panorama/errors.ts';
import { probeVideo, type VideoInfo } from './probe.ts';
import { VIDEO_SETTINGS } from './settings.ts';

export interface CheckedVideo extends VideoInfo {
  video: NonNullable<VideoInfo['video']>;
  bytes: number;
}

const EXPORT = 'export it again from the 360° camera app as an equirectangular MP4 (H.264 or H.265).';

/**
 * `path` is the real path (already through resolveContentFile and checkMediaSignature); `label`
 * is how the editor wrote it. `partial`: the scene describes a cropped video, so 2:1 is not required.
 */
export async function inspectVideo(path: string, label: string, partial = false): Promise<CheckedVideo> {
  const bytes = (await stat(path)).size;
  if (bytes > VIDEO_SETTINGS.maxBytes) {
    throw new PanoramaInputError(
      label,
      `The video is ${(bytes / 1024 ** 3).toFixed(1)} GB, larger than the ${VIDEO_SETTINGS.maxBytes / 1024 ** 3} GB the site accepts.`,
      'Shorten it or export it at a lower bit rate (the site re-encodes it for the web anyway).',
    );
  }
  const info = await probeVideo(path);
  if (!info) throw new PanoramaInputError(label, 'The file is not a video that can be read (it may be damaged or cut short).', `Copy it again from the camera, or ${EXPORT}`);
  const { video } = info;
  if (!video) {
    throw new PanoramaInputError(label, `The file has no video stream (${info.hasAudio ? 'only sound' : 'nothing to show'}).`, `Use the video itself; ${EXPORT}`);
  }
  if (!partial && Math.abs(video.width / video.height - 2) > 0.01) {
    throw new PanoramaInputError(
      label,
      `The video is ${video.width}×${video.height} pixels, not a full 360° video (its width must be twice its height).`,
      'Use the equirectangular (2:1) export of your 360° camera app, or describe a cropped video in the scene with `partial: { horizontalFov: …, verticalFov: … }`.',
    );
  }
  if (video.width < VIDEO_SETTINGS.minWidth) {
    throw new PanoramaInputError(
      label,
      `The video is only ${video.width}×${video.height} pixels and would look blurry.`,
      `Export it at least ${VIDEO_SETTINGS.minWidth}×${VIDEO_SETTINGS.minWidth / 2} pixels (3840×1920 or more is best).`,
    );
  }
  if (video.width > VIDEO_SETTINGS.maxWidth) {
    throw new PanoramaInputError(
      label,
      `The video is ${video.width}×${video.height} pixels, wider than the ${VIDEO_SETTINGS.maxWidth} pixels the site accepts.`,
      'Export it at 5760×2880 or 3840×1920 (the site shows at most 3840 pixels).',
    );
  }
  if (!(info.duration > 0)) {
    throw new PanoramaInputError(label, 'The video has no length FFmpeg can read (it may be cut short).', `Copy it again from the camera, or ${EXPORT}`);
  }
  if (info.duration > VIDEO_SETTINGS.maxSeconds) {
    throw new PanoramaInputError(
      label,
      `The video lasts ${Math.round(info.duration)} s, longer than the ${VIDEO_SETTINGS.maxSeconds} s a scene may play.`,
      `Cut it to at most ${VIDEO_SETTINGS.maxSeconds / 60} minutes (a short loop works best).`,
    );
  }
  return { ...info, video, bytes };
}
