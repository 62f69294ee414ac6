// Build-time settings read through import.meta.env (see src/config/*.ts).
interface ImportMetaEnv {
  /** Tile URL template of the map page, e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png". */
  readonly PUBLIC_MAP_TILES_URL?: string;
  /** HTML attribution shown on the map for those tiles. */
  readonly PUBLIC_MAP_TILES_ATTRIBUTION?: string;
}

// Element Timing (https://wicg.github.io/element-timing/): the poster's `elementtiming` names its paint in
// PerformanceElementTiming entries, which the loading-order test and bench:trace read. Astro's types lack it.
declare namespace astroHTML.JSX {
  interface ImgHTMLAttributes {
    elementtiming?: string | undefined | null;
  }
}
