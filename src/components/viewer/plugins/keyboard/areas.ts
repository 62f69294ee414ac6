/**
 * Area hotspots (issue 17) are SVG outlines drawn by PSV's markers plugin, not buttons: this gives
 * each one what a button has, so Tab reaches it and a screen reader names it. The keyboard plugin
 * then treats it like a hotspot button (Enter or Space opens its panel, Escape comes back to it).
 */
import type { MarkersPlugin } from '@photo-sphere-viewer/markers-plugin';
import type { HotspotMarkerData } from '../../tour-nodes.ts';

/** Class PSV's polygon marker gets from tour-nodes.ts (styled in global.css). */
export const AREA_SELECTOR = '.hg-area';

/** Makes the scene's area outlines focusable buttons named after their hotspot. */
export function labelAreas(markers: MarkersPlugin): void {
  for (const marker of markers.getMarkers()) {
    const data = marker.data as Partial<HotspotMarkerData> | undefined;
    if (!data?.area || !data.hotspotId) continue;
    const outline = marker.domElement;
    outline.setAttribute('tabindex', '0');
    outline.setAttribute('role', 'button');
    outline.setAttribute('aria-label', data.title ?? data.hotspotId);
    outline.setAttribute('aria-haspopup', 'dialog');
    outline.dataset.hotspot = data.hotspotId;
  }
}

/** Enter and Space on a focused outline "click" it, as they do a button (SVG has no such default). */
export function pressArea(e: KeyboardEvent): boolean {
  if (e.key !== 'Enter' && e.key !== ' ') return false;
  const outline = (e.target as Element).closest?.(AREA_SELECTOR);
  if (!outline) return false;
  e.preventDefault();
  // A click with detail 0, like a keyboard click on a button: KeyboardPlugin.onClick opens the panel.
  outline.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
  return true;
}
