/**
 * The map page's background tiles. OpenStreetMap's by default; a tourism board with its own tile
 * server (or a commercial one) sets PUBLIC_MAP_TILES_URL / PUBLIC_MAP_TILES_ATTRIBUTION at build time.
 * Respect the provider's usage policy: https://operations.osmfoundation.org/policies/tiles/
 */
export const MAP_TILES = {
  url: import.meta.env.PUBLIC_MAP_TILES_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: import.meta.env.PUBLIC_MAP_TILES_ATTRIBUTION ?? '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 18,
};
