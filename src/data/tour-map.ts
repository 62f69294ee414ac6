/**
 * A small drawn map of a tour's scenes for the viewer's mini map: scenes placed by their real
 * coordinates (equirectangular projection, fine at this scale), links drawn as paths. No tiles,
 * no network: it works offline and inside embeds.
 */
import { escapeXml } from './escape-xml.ts';
import type { TourData } from './tours.ts';

export interface MapScene {
  id: string;
  title: string;
  location: { lat: number; lng: number };
  links: readonly string[];
}

export interface TourMap {
  width: number;
  height: number;
  /** Position of each scene on the map image, in pixels. */
  points: Record<string, { x: number; y: number }>;
  svg: string;
}

const SIZE = 600;
const PAD = 70;

export function tourMap(scenes: readonly MapScene[]): TourMap {
  const lats = scenes.map((s) => s.location.lat);
  const lngs = scenes.map((s) => s.location.lng);
  const midLat = (Math.min(...lats) + Math.max(...lats)) / 2;
  // A degree of longitude is shorter than a degree of latitude away from the equator.
  const kx = Math.cos((midLat * Math.PI) / 180);
  const spanX = Math.max((Math.max(...lngs) - Math.min(...lngs)) * kx, 1e-4);
  const spanY = Math.max(Math.max(...lats) - Math.min(...lats), 1e-4);
  const scale = (SIZE - 2 * PAD) / Math.max(spanX, spanY);
  const points: TourMap['points'] = {};
  for (const s of scenes) {
    points[s.id] = {
      x: Math.round(SIZE / 2 + ((s.location.lng - (Math.min(...lngs) + Math.max(...lngs)) / 2) * kx * scale)),
      y: Math.round(SIZE / 2 - (s.location.lat - midLat) * scale),
    };
  }
  const paths = scenes.flatMap((s) =>
    s.links
      .filter((to) => points[to] && s.id < to)
      .map((to) => `<line x1="${points[s.id]!.x}" y1="${points[s.id]!.y}" x2="${points[to]!.x}" y2="${points[to]!.y}"/>`),
  );
  const labels = scenes.map((s) => {
    const p = points[s.id]!;
    return `<text x="${p.x}" y="${p.y + 34}">${escapeXml(s.title)}</text>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">
<rect width="${SIZE}" height="${SIZE}" fill="#e9e4d6"/>
<path d="M0 ${SIZE * 0.7} Q ${SIZE * 0.3} ${SIZE * 0.55} ${SIZE * 0.55} ${SIZE * 0.68} T ${SIZE} ${SIZE * 0.6} V ${SIZE} H 0 Z" fill="#d7dfc8"/>
<g stroke="#b23a2e" stroke-width="5" stroke-dasharray="10 8" stroke-linecap="round">${paths.join('')}</g>
<g font-family="system-ui, sans-serif" font-size="22" font-weight="600" fill="#1d2422" text-anchor="middle" paint-order="stroke" stroke="#e9e4d6" stroke-width="6">${labels.join('')}</g>
</svg>`;
  return { width: SIZE, height: SIZE, points, svg };
}

/** The mini map of a tour. */
export function mapOfTour(tour: TourData): TourMap {
  return tourMap(tour.scenes.map((s) => ({ id: s.id, title: s.entry.data.title, location: s.entry.data.location, links: s.entry.data.links.map((l) => l.to) })));
}
