/**
 * Turns our tour JSON into Photo Sphere Viewer's VirtualTour nodes: tiled panoramas, link arrows
 * (real buttons, named after their target, with a preview on hover and focus) and info hotspots
 * (buttons that open a panel with text, photo, sound or video; or, for an area hotspot, a soft
 * outline that opens the same panel: plugins/keyboard/areas.ts makes it focusable).
 */
import type { VirtualTourNode } from '@photo-sphere-viewer/virtual-tour-plugin';
import type { ViewerHotspot, ViewerPanorama, ViewerScene } from '../../data/viewer-config.ts';
import { escapeHtml } from '../../util/escape.ts';
import type { ViewerStrings } from './strings.ts';

import { DEG } from '../../util/angles.ts';

export { DEG };

/** PSV's multi-level tiled panorama from our URL template. */
export function tiledPanorama({ baseUrl, tileUrl, levels }: ViewerPanorama) {
  return {
    baseUrl,
    levels,
    tileUrl: (col: number, row: number, level: number) =>
      tileUrl.replace('{level}', String(level)).replace('{col}', String(col)).replace('{row}', String(row)),
  };
}

function linkArrow(target: ViewerScene | undefined, strings: ViewerStrings): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'hg-link-arrow';
  button.dataset.target = target?.id ?? '';
  button.setAttribute('aria-label', strings.goTo(target?.title ?? ''));
  const preview = document.createElement('span');
  preview.className = 'hg-link-preview';
  preview.setAttribute('aria-hidden', 'true');
  if (target) {
    const img = document.createElement('img');
    img.alt = '';
    img.loading = 'lazy';
    img.src = target.preview;
    preview.append(img);
  }
  const label = document.createElement('span');
  label.className = 'hg-link-label';
  label.textContent = target?.title ?? '';
  preview.append(label);
  button.append(preview);
  return button;
}

function hotspotButton(hotspot: ViewerHotspot): HTMLElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'hg-hotspot';
  button.dataset.hotspot = hotspot.id;
  button.setAttribute('aria-label', hotspot.title);
  button.setAttribute('aria-haspopup', 'dialog');
  button.textContent = 'i';
  return button;
}

/** What every hotspot marker carries (keyboard, embed API and editor picker read it). */
export interface HotspotMarkerData {
  hotspotId: string;
  title: string;
  /** An area hotspot: its marker is an SVG outline, not a button. */
  area: boolean;
}

function hotspotPoint(hotspot: ViewerHotspot) {
  return {
    position: { yaw: hotspot.yaw * DEG, pitch: hotspot.pitch * DEG },
    element: hotspotButton(hotspot),
    size: { width: 40, height: 40 },
    anchor: 'center center',
  };
}

/**
 * An area hotspot's outline: PSV's polygon marker, coloured by the stylesheet (class `hg-area`,
 * CSS variables in global.css, light and dark), not by `svgStyle`'s attributes. An empty
 * `svgStyle` keeps PSV from writing its default black fill.
 */
function areaOutline(area: [number, number][]) {
  return { polygon: area.map(([yaw, pitch]): [number, number] => [yaw * DEG, pitch * DEG]), className: 'hg-area', svgStyle: {} };
}

/** The panel of an info hotspot. Every editor text is escaped: HTML in content shows as text. */
export function hotspotPanel(hotspot: ViewerHotspot): string {
  const parts = [`<div class="hg-panel" data-hotspot-panel="${escapeHtml(hotspot.id)}">`, `<h2 tabindex="-1">${escapeHtml(hotspot.title)}</h2>`];
  if (hotspot.image) {
    parts.push(`<img src="${escapeHtml(hotspot.image.url)}" width="${hotspot.image.width}" height="${hotspot.image.height}" alt="${escapeHtml(hotspot.image.alt)}" loading="lazy">`);
  }
  parts.push(`<p>${escapeHtml(hotspot.text)}</p>`);
  if (hotspot.audio) parts.push(`<audio controls preload="none" src="${escapeHtml(hotspot.audio)}"></audio>`);
  if (hotspot.video) parts.push(`<video controls preload="metadata" playsinline src="${escapeHtml(hotspot.video)}"></video>`);
  parts.push('</div>');
  return parts.join('');
}

export function toNode(scene: ViewerScene, byId: Map<string, ViewerScene>, strings: ViewerStrings): VirtualTourNode {
  return {
    id: scene.id,
    // A video scene's panorama is its renditions: plugins/video-scene/SceneAdapter picks one.
    panorama: scene.video ? { video: scene.video } : tiledPanorama(scene.panorama),
    name: escapeHtml(scene.title),
    caption: escapeHtml(scene.title),
    thumbnail: scene.thumbnail,
    map: scene.mapPosition,
    links: scene.links.map((link) => ({
      nodeId: link.to,
      position: { yaw: link.yaw * DEG, pitch: link.pitch * DEG },
      arrowStyle: { element: () => linkArrow(byId.get(link.to), strings), size: { width: 56, height: 56 } },
    })),
    markers: scene.hotspots.map((hotspot) => ({
      id: `hotspot-${hotspot.id}`,
      ...(hotspot.area ? areaOutline(hotspot.area) : hotspotPoint(hotspot)),
      tooltip: { content: escapeHtml(hotspot.title), position: 'top center' },
      content: hotspotPanel(hotspot),
      data: { hotspotId: hotspot.id, title: hotspot.title, area: Boolean(hotspot.area) } satisfies HotspotMarkerData,
    })),
    data: { view: scene.view, url: scene.url, title: scene.title },
  };
}
