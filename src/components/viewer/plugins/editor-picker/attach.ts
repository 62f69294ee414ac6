import type { AbstractPlugin, Viewer } from '@photo-sphere-viewer/core';
import type { ViewerTour } from '../../../../data/viewer-config.ts';
import { EditorPickerPlugin } from './EditorPickerPlugin.ts';

/**
 * Adds the picker to a viewer that already runs. PSV only takes plugins in its constructor, and
 * create-viewer.ts is shared by production pages: registering here, after a dev-only dynamic
 * import, keeps every byte of the picker out of the build. `viewer.destroy()` still destroys it,
 * because PSV destroys whatever sits in `viewer.plugins`.
 */
export function attachEditorPicker(viewer: Viewer, tour: ViewerTour): EditorPickerPlugin {
  const plugin = new EditorPickerPlugin(viewer, {
    scenes: tour.scenes.map((s) => ({ id: s.id, title: s.title, links: s.links.map(({ to, yaw, pitch }) => ({ to, yaw, pitch })) })),
    active: askedForEdit(),
  });
  // `plugins` is PSV's registry, left out of its type declarations.
  (viewer as unknown as { plugins: Record<string, AbstractPlugin> }).plugins[EditorPickerPlugin.id] = plugin;
  plugin.init();
  return plugin;
}

/**
 * `?edit` in the address the page was opened with. The deep-link plugin rewrites the address (and
 * drops unknown parameters) before this dev-only module arrives, so the navigation entry is read.
 */
function askedForEdit(): boolean {
  const opened = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name ?? location.href;
  return new URL(opened, location.href).searchParams.has('edit');
}
