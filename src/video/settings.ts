/**
 * Settings of the video derivatives and the limits editors' videos must meet (documented in
 * docs/editing.md). They are part of every output's hash: changing one re-encodes every video.
 */
export const VIDEO_SETTINGS = {
  /** Bump when the code changes what it writes, even with the same numbers below. */
  version: 1,
  /**
   * Widths of the H.264 renditions. 2048 fits every phone's texture limit (4096, sometimes 2048);
   * 3840 is for desktops and headsets. A smaller source is never upscaled: its own width is the
   * largest rendition (hg-viewer picks one from the screen and MAX_TEXTURE_SIZE).
   */
  renditions: [2048, 3840],
  /** x264 quality: CRF 23 at "veryfast" (encode speed matters on 2-core machines; see BENCHMARKS.md). */
  h264: { crf: 23, preset: 'veryfast', profile: 'high' },
  /** Frames per second above this are dropped: 360° video at 60 fps doubles the bytes for little. */
  maxFps: 30,
  /** Sound, when the source has some: AAC stereo. Nothing ever plays with sound on its own. */
  audioBitrate: '128k',
  /** Narrower videos look too blurry in a 90° view (480 px for 1920). */
  minWidth: 1920,
  /** 8K is the widest 360° cameras record; wider is refused before decoding. */
  maxWidth: 8192,
  /** A scene is a place to look around, not a film: longer videos belong on a video site. */
  maxSeconds: 180,
  /** Larger sources are refused before encoding (a 3-minute 8K camera file is ~1.5 GB). */
  maxBytes: 2 * 1024 ** 3,
} as const;

/** The rendition widths for a source `width` pixels wide, smallest first, never upscaled. */
export function renditionWidths(width: number): number[] {
  const widths: number[] = [];
  for (const target of VIDEO_SETTINGS.renditions) {
    const w = Math.min(target, width);
    // H.264 in yuv420p needs even sizes; a 2:1 height of w/2 must be even too.
    const even = w - (w % 4);
    if (!widths.includes(even)) widths.push(even);
    if (width <= target) break;
  }
  return widths;
}
