import { describe, expect, it } from 'vitest';
import { mapTiles } from '../../src/config/map.ts';

describe('map tile setting', () => {
  it('uses OpenStreetMap when nothing is set, and a board’s own server when it is', () => {
    expect(mapTiles({}).url).toBe('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(mapTiles({}).attribution).toContain('OpenStreetMap');
    expect(mapTiles({ PUBLIC_MAP_TILES_URL: 'https://tiles.example.vn/{z}/{x}/{y}.webp', PUBLIC_MAP_TILES_ATTRIBUTION: '© Sở Du lịch' })).toEqual({
      url: 'https://tiles.example.vn/{z}/{x}/{y}.webp',
      attribution: '© Sở Du lịch',
      maxZoom: 18,
    });
  });

  it('refuses a template Leaflet cannot use, saying what is missing and how to fix it', () => {
    expect(() => mapTiles({ PUBLIC_MAP_TILES_URL: 'https://tiles.example.vn/{z}/{x}.png' })).toThrowErrorMatchingInlineSnapshot(`[Error: PUBLIC_MAP_TILES_URL is "https://tiles.example.vn/{z}/{x}.png": it must be an http(s) address with {z}, {x} and {y} where the tile's zoom and position go (missing {y}), e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png". Fix it or unset it to use OpenStreetMap.]`);
    expect(() => mapTiles({ PUBLIC_MAP_TILES_URL: 'tiles/{z}/{x}/{y}.png' })).toThrow(/must be an http\(s\) address/);
  });
});
