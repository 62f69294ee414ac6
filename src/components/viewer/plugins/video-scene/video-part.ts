/**
 * The heavy half of video scenes, downloaded when the first video scene is shown (never on a tour
 * of photos only): PSV's EquirectangularVideoAdapter and VideoPlugin (its stylesheet ships with
 * SceneViewer.astro, like the other plugins').
 */
import { events, type Viewer } from '@photo-sphere-viewer/core';
import { EquirectangularVideoAdapter } from '@photo-sphere-viewer/equirectangular-video-adapter';
import { VideoPlugin } from '@photo-sphere-viewer/video-plugin';

export { EquirectangularVideoAdapter };

interface Shown {
  show(): void;
  hide(): void;
}

/**
 * PSV's VideoPlugin expects every panorama to be a video; on a tour it also meets photos. Photo
 * scenes hide its progress bar and big button and are not bound as videos.
 */
export class TourVideoPlugin extends VideoPlugin {
  handleEvent(e: Event): void {
    // Space is VideoScenePlugin's (only while the viewer has focus, and before the autorotate
    // plugin, which would toggle too): PSV's own handler, which hears keys anywhere, stays out.
    if (e.type === events.KeypressEvent.type) return;
    if (e.type === events.PanoramaLoadedEvent.type) {
      const image = ((e as events.PanoramaLoadedEvent).data.texture as { image?: unknown } | undefined)?.image;
      const isVideo = image instanceof HTMLVideoElement;
      const self = this as unknown as { progressbar?: Shown; overlay?: Shown };
      if (isVideo) self.overlay?.show();
      else {
        self.progressbar?.hide();
        self.overlay?.hide();
        return;
      }
    }
    (VideoPlugin.prototype as unknown as { handleEvent(e: Event): void }).handleEvent.call(this, e);
  }
}

/** Registers the VideoPlugin on a running viewer (PSV 5 has no public call for a late plugin). */
export function addVideoPlugin(viewer: Viewer): TourVideoPlugin {
  const existing = viewer.getPlugin<TourVideoPlugin>(VideoPlugin);
  if (existing) return existing;
  const plugin = new TourVideoPlugin(viewer, { progressbar: true, bigbutton: true });
  (viewer as unknown as { plugins: Record<string, unknown> }).plugins[VideoPlugin.id] = plugin;
  // VideoPlugin sets autorotate to start at once when idle (for its keypoints, which we do not use):
  // that would turn the view under prefers-reduced-motion. The tour's autorotate settings stay.
  const autorotate = viewer.getPlugin('autorotate') as unknown as { config: { autostartDelay: number | null; autostartOnIdle: boolean } } | undefined;
  const saved = autorotate && { ...autorotate.config };
  plugin.init();
  if (autorotate && saved) Object.assign(autorotate.config, { autostartDelay: saved.autostartDelay, autostartOnIdle: saved.autostartOnIdle });
  return plugin;
}
