/**
 * Settings of the panorama derivatives. They are part of every output's hash, so changing any
 * of them makes the next build reprocess every photo instead of serving stale files.
 * Formats and qualities were chosen by measurement: see BENCHMARKS.md ("Formats").
 */
export const PIPELINE_SETTINGS = {
  /** Bump when the code changes what it writes, even with the same numbers below. */
  version: 6,
  /**
   * Tiles are square. 256 px fits the view tightly: a 1280×720 view loads ~40% fewer pixels than
   * with 512-px tiles (bench:view), for a few more requests.
   */
  tileSize: 256,
  /** Narrowest tile level; the base image below covers anything coarser. */
  firstLevelWidth: 2048,
  /** Widest level ever made: 16384 is the most a photo may have, and more than any GPU shows. */
  maxLevelWidth: 16384,
  /** WebP q70 at effort 1: ~40% fewer bytes than JPEG at the same look, fast to encode (BENCHMARKS.md). */
  tile: { format: 'webp', quality: 70, effort: 1 },
  /**
   * Low-resolution whole panorama PSV shows while tiles load (unblurred: create-viewer.ts). The poster covers the first
   * view, so the base only shows when turning before tiles arrive: 512 px (~10 KiB) is enough.
   */
  base: { width: 512, format: 'webp', quality: 60, effort: 2 },
  /** Gallery and card thumbnails of the whole panorama (2:1), in widths for srcset. */
  thumbnails: { widths: [256, 512], format: 'webp', quality: 70, effort: 2 },
  /** The initial view rendered flat: desktop (16:9) and phone (4:5) sizes, and Open Graph. */
  poster: {
    landscape: [
      [1280, 720],
      [640, 360],
    ],
    portrait: [[640, 800]],
    openGraph: [1200, 630],
    format: 'webp',
    quality: 62,
    effort: 2,
  },
  /** Photos narrower than this are too blurry to look around in. */
  minWidth: 2048,
  /** Larger photos are refused before decoding, to keep memory bounded (16384×8192 is ~400 MiB raw). */
  maxPixels: 16384 * 8192,
} as const;

/** Input formats sharp decodes that make sense for photos. */
export const SUPPORTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'heif', 'tiff']);
