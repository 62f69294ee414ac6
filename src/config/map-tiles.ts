/**
 * The map page's background tiles. OpenStreetMap's by default; a tourism board with its own tile
 * server (or a commercial one) sets PUBLIC_MAP_TILES_URL / PUBLIC_MAP_TILES_ATTRIBUTION at build time.
 * Respect the provider's usage policy: https://operations.osmfoundation.org/policies/tiles/
 * (Apart from src/config/map.ts so that the build's security step can read it in Node.)
 */
export interface MapTiles {
  url: string;
  attribution: string;
  maxZoom: number;
}

/** The tile settings from build-time variables; a template Leaflet cannot use stops the build, saying why. */
export function mapTiles(env: { PUBLIC_MAP_TILES_URL?: string | undefined; PUBLIC_MAP_TILES_ATTRIBUTION?: string | undefined }): MapTiles {
  const url = env.PUBLIC_MAP_TILES_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
  const missing = ['{z}', '{x}', '{y}'].filter((part) => !url.includes(part));
  if (missing.length > 0 || !/^https?:\/\//.test(url)) {
    throw new Error(
      `PUBLIC_MAP_TILES_URL is "${url}": it must be an http(s) address with {z}, {x} and {y} where the tile's zoom and position go` +
        `${missing.length ? ` (missing ${missing.join(', ')})` : ''}, e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png". Fix it or unset it to use OpenStreetMap.`,
    );
  }
  return {
    url,
    attribution: env.PUBLIC_MAP_TILES_ATTRIBUTION || '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
    maxZoom: 18,
  };
}
