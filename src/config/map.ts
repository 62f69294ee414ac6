/** The map page's tile settings, from the build's PUBLIC_MAP_TILES_* variables (src/config/map-tiles.ts says how). */
import { mapTiles, type MapTiles } from './map-tiles.ts';

export { mapTiles, type MapTiles };

export const MAP_TILES: MapTiles = mapTiles(import.meta.env);
