/**
 * A small drawn map of a tour's scenes for the viewer's mini map: scenes placed by their real
 * coordinates (equirectangular projection, fine at this scale), links drawn as paths. No tiles,
 * no network: it works offline and inside embeds. One image per language (the labels are words).
 */
import { escapeXml } from '../util/escape.ts';
import type { TourData } from './tours.ts';
import { sceneText } from './translations.ts';
import { DEFAULT_LANGUAGE, type Lang } from '../config/languages.ts';

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
const PAD = 90;
const FONT = 22;
/** Rough width of a character at FONT px, for keeping labels inside the map. */
const CHAR = FONT * 0.64;
const MAX_LINE = 13;

/** A title in at most two lines of about MAX_LINE characters, split at spaces. */
function lines(title: string): string[] {
  if (title.length <= MAX_LINE) return [title];
  const words = title.split(' ');
  let best = [title];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const parts = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const width = Math.max(...parts.map((p) => p.length));
    if (width < bestWidth) [best, bestWidth] = [parts, width];
  }
  return best;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * Labels placed one by one where they cover neither an earlier label nor another scene's point:
 * under the point, above it, to its right or to its left, always inside the map (issue 16: labels
 * were cut at the edges and overlapped).
 */
function placeLabels(scenes: readonly MapScene[], points: TourMap['points']): string[] {
  const lineHeight = FONT * 1.1;
  const placed: Box[] = [];
  const dots: Box[] = scenes.map((s) => ({ left: points[s.id]!.x - 14, top: points[s.id]!.y - 14, right: points[s.id]!.x + 14, bottom: points[s.id]!.y + 14 }));
  return scenes.map((s) => {
    const p = points[s.id]!;
    const text = lines(s.title);
    const w = Math.max(...text.map((t) => t.length)) * CHAR;
    const h = text.length * lineHeight;
    const clamp = (box: Box): Box => {
      const dx = Math.max(8 - box.left, Math.min(0, SIZE - 8 - box.right));
      const dy = Math.max(8 - box.top, Math.min(0, SIZE - 8 - box.bottom));
      return { left: box.left + dx, right: box.right + dx, top: box.top + dy, bottom: box.bottom + dy };
    };
    const candidates = [
      { left: p.x - w / 2, top: p.y + 18 },
      { left: p.x - w / 2, top: p.y - 18 - h },
      { left: p.x + 18, top: p.y - h / 2 },
      { left: p.x - 18 - w, top: p.y - h / 2 },
      { left: p.x - w / 2, top: p.y + 18 + h },
      { left: p.x - w / 2, top: p.y - 18 - 2 * h },
    ].map((c) => clamp({ left: c.left, top: c.top, right: c.left + w, bottom: c.top + h }));
    const cost = (box: Box) => [...placed, ...dots.filter((_, i) => scenes[i]!.id !== s.id)].reduce((sum, other) => sum + overlap(box, other), 0);
    const box = candidates.reduce((best, c) => (cost(c) < cost(best) ? c : best));
    placed.push(box);
    const x = Math.round((box.left + box.right) / 2);
    const tspans = text.map((t, i) => `<tspan x="${x}" y="${Math.round(box.top + FONT * 0.85 + i * lineHeight)}">${escapeXml(t)}</tspan>`).join('');
    return `<text text-anchor="middle">${tspans}</text>`;
  });
}

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
  const labels = placeLabels(scenes, points);
  // An <img> of an SVG follows the page's colour scheme through its own media query (issue 16: the
  // map stayed bright beige on the dark page).
  const style = `.land{fill:#e9e4d6}.hill{fill:#d7dfc8}.path{stroke:#b23a2e}.labels{fill:#1d2422;stroke:#e9e4d6}
@media (prefers-color-scheme: dark){.land{fill:#1e2522}.hill{fill:#26332b}.path{stroke:#f08a7e}.labels{fill:#ece7dd;stroke:#1e2522}}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}">
<style>${style}</style>
<rect class="land" width="${SIZE}" height="${SIZE}"/>
<path class="hill" d="M0 ${SIZE * 0.7} Q ${SIZE * 0.3} ${SIZE * 0.55} ${SIZE * 0.55} ${SIZE * 0.68} T ${SIZE} ${SIZE * 0.6} V ${SIZE} H 0 Z"/>
<g class="path" stroke-width="5" stroke-dasharray="10 8" stroke-linecap="round">${paths.join('')}</g>
<g class="labels" font-family="system-ui, sans-serif" font-size="${FONT}" font-weight="600" paint-order="stroke" stroke-width="6">${labels.join('')}</g>
</svg>`;
  return { width: SIZE, height: SIZE, points, svg };
}

/** The mini map of a tour, its labels in `lang` (the main language where a scene is untranslated). */
export function mapOfTour(tour: TourData, lang: Lang = DEFAULT_LANGUAGE): TourMap {
  return tourMap(tour.scenes.map((s) => ({ id: s.id, title: sceneText(s, lang).title, location: s.entry.data.location, links: s.entry.data.links.map((l) => l.to) })));
}

/** Address of a tour's map image in a language: `map.svg` is the main language's. */
export function tourMapUrl(tourId: string, lang: Lang): string {
  return lang === DEFAULT_LANGUAGE ? `/tours/${tourId}/map.svg` : `/tours/${tourId}/map.${lang}.svg`;
}
