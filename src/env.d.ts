// Build-time settings read through import.meta.env (see src/config/*.ts).
interface ImportMetaEnv {
  /** Tile URL template of the map page, e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png". */
  readonly PUBLIC_MAP_TILES_URL?: string;
  /** HTML attribution shown on the map for those tiles. */
  readonly PUBLIC_MAP_TILES_ATTRIBUTION?: string;
}
