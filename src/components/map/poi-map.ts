/**
 * Fills the map page's box with a Leaflet map: a marker per tour (large, coloured by category) and
 * per scene (small), popups with a picture and a link. Leaflet is imported here, so only this page
 * loads it. When tiles fail to load the markers stay and a notice points to the list.
 */
import type { MapPoint } from '../../data/map-points.ts';
import { escapeHtml } from '../../util/escape.ts';
import { chooseSides, type Box, type Side } from './label-placement.ts';

interface MapConfig {
  points: MapPoint[];
  tiles: { url: string; attribution: string; maxZoom: number };
  strings: { tour: string; scene: string; open: string; tilesFailed: string; categories: Record<string, string> };
}

export async function mountPoiMap(host: HTMLElement): Promise<void> {
  const config = JSON.parse(host.parentElement!.querySelector('[data-poi-map-config]')!.textContent!) as MapConfig;
  const L = await import('leaflet');
  const map = L.map(host, { scrollWheelZoom: false, attributionControl: true });
  const status = host.parentElement!.querySelector<HTMLElement>('[data-map-status]')!;

  let failed = 0;
  L.tileLayer(config.tiles.url, { attribution: config.tiles.attribution, maxZoom: config.tiles.maxZoom })
    .on('tileerror', () => {
      // One failed tile can be a hiccup; several mean the tile server is out of reach.
      if (++failed === 3) {
        status.textContent = config.strings.tilesFailed;
        status.hidden = false;
        host.dataset.tiles = 'failed';
      }
    })
    .addTo(map);

  const bounds = L.latLngBounds([]);
  const tours: [import('leaflet').Marker, string][] = [];
  const scenes: import('leaflet').Marker[] = [];
  for (const point of config.points) {
    const size = point.kind === 'tour' ? 26 : 14;
    const marker = L.marker([point.lat, point.lng], {
      title: point.title,
      alt: point.title,
      keyboard: true,
      // A tour's big marker sits under its scenes' small ones: at the first zoom it would cover them (issue 16).
      zIndexOffset: point.kind === 'tour' ? -1000 : 0,
      icon: L.divIcon({ className: `poi-marker ${point.kind} cat-${point.category}`, iconSize: [size, size] }),
    });
    const kind = point.kind === 'tour' ? `${config.strings.tour} · ${config.strings.categories[point.category]}` : `${config.strings.scene} · ${point.tour}`;
    marker.bindPopup(
      `<div class="poi-popup" data-point="${escapeHtml(point.id)}">
        <img src="${escapeHtml(point.image.url)}" alt="" width="${point.image.width}" height="${point.image.height}">
        <p><small>${escapeHtml(kind)}</small></p>
        <p><strong>${escapeHtml(point.title)}</strong></p>
        ${point.summary ? `<p>${escapeHtml(point.summary)}</p>` : ''}
        <p><a href="${escapeHtml(point.url)}">${escapeHtml(config.strings.open)} →</a></p>
      </div>`,
      // Opened popups keep clear of the +/− buttons (top left) instead of sliding under them.
      { maxWidth: 240, autoPanPaddingTopLeft: L.point(56, 90), autoPanPadding: L.point(12, 12) },
    );
    marker.addTo(map);
    if (point.kind === 'tour') tours.push([marker, point.title]);
    else scenes.push(marker);
    bounds.extend([point.lat, point.lng]);
  }
  map.fitBounds(bounds.pad(0.1));
  spreadOverlapping(L, map, scenes);
  // Tours carry their name on the map itself: without tiles the names are the only landmarks.
  const placeNames = () => placeTourNames(map, host, tours, [...scenes, ...tours.map(([marker]) => marker)]);
  placeNames();
  map.on('zoomend', placeNames);
  // Links from elsewhere (`/map/#tour-x`) open that place's popup.
  const wanted = decodeURIComponent(location.hash.slice(1));
  map.eachLayer((layer) => {
    if (layer instanceof L.Marker && config.points.find((p) => p.title === layer.options.title)?.id === wanted) layer.openPopup();
  });
  host.dataset.ready = '';
}

/**
 * Scene markers closer than their own size at the first zoom (two spots of a city tour) are set
 * side by side, so each one can be seen and pressed (issue 16). Only the drawing moves, a few
 * pixels; zooming in separates them anyway.
 */
function spreadOverlapping(L: typeof import('leaflet'), map: import('leaflet').Map, markers: import('leaflet').Marker[], size = 14): void {
  const groups: import('leaflet').Marker[][] = [];
  for (const marker of markers) {
    const p = map.latLngToContainerPoint(marker.getLatLng());
    const group = groups.find((g) => g.some((m) => map.latLngToContainerPoint(m.getLatLng()).distanceTo(p) < size + 4));
    if (group) group.push(marker);
    else groups.push([marker]);
  }
  for (const group of groups.filter((g) => g.length > 1)) {
    const step = size + 6;
    group.forEach((marker, i) => {
      const dx = (i - (group.length - 1) / 2) * step;
      const icon = marker.options.icon as import('leaflet').DivIcon;
      marker.setIcon(L.divIcon({ ...icon.options, iconAnchor: [size / 2 - dx, size / 2] }));
    });
  }
}

const NAME_OFFSET = 14;
const OFFSETS: Record<Side, [number, number]> = { right: [NAME_OFFSET, 0], left: [-NAME_OFFSET, 0], top: [0, -NAME_OFFSET], bottom: [0, NAME_OFFSET] };
const boxOf = (element: Element): Box => {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
};

/**
 * Binds each tour's name beside its marker, on the side chooseSides picks so that no two names
 * touch (label-placement.ts). Each side is tried for real first: Leaflet lays a permanent tooltip
 * out as soon as it is bound, so its box is measured, not guessed.
 */
function placeTourNames(map: import('leaflet').Map, host: HTMLElement, tours: [import('leaflet').Marker, string][], markers: import('leaflet').Marker[]): void {
  const bind = (marker: import('leaflet').Marker, title: string, side: Side) => {
    // Gone at once: Leaflet would fade the tried one out, and it would linger for 200 ms.
    marker.getTooltip()?.getElement()?.remove();
    marker.unbindTooltip();
    marker.bindTooltip(title, { permanent: true, direction: side, offset: OFFSETS[side], className: 'poi-label' });
  };
  const half = map.getSize().x / 2;
  const sides = tours.map(([marker, title]) => {
    // A name on the right half of the map reads to the left first, so it does not run off the edge.
    const order: Side[] = map.latLngToContainerPoint(marker.getLatLng()).x > half ? ['left', 'right', 'top', 'bottom'] : ['right', 'left', 'top', 'bottom'];
    return Object.fromEntries(
      order.map((side) => {
        bind(marker, title, side);
        return [side, boxOf(marker.getTooltip()!.getElement()!)];
      }),
    );
  });
  const chosen = chooseSides({ sides, bounds: boxOf(host), markers: markers.flatMap((marker) => marker.getElement() ?? []).map(boxOf) });
  tours.forEach(([marker, title], i) => bind(marker, title, chosen[i]!));
}
