/**
 * Settings of the panorama derivatives. They are part of every output's hash, so changing any
 * of them makes the next build reprocess every photo instead of serving stale files.
 */
export const PIPELINE_SETTINGS = {
  /** Bump when the code changes what it writes, even with the same numbers below. */
  version: 1,
  /** Width of the full panorama. 4096 fits every phone GPU's texture limit. */
  fullWidth: 4096,
  /** Width of the small preview shown while the full image loads and in lists. */
  previewWidth: 1024,
  jpegQuality: 82,
  /** Photos smaller than this are too blurry to look around in. */
  minWidth: 2048,
  /** Larger photos are refused before decoding, to keep memory bounded (16384×8192 is ~400 MiB raw). */
  maxPixels: 16384 * 8192,
} as const;

/** Input formats sharp decodes that make sense for photos. */
export const SUPPORTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'avif', 'heif', 'tiff']);
