import { AbstractConfigurablePlugin, events, utils, type Viewer } from '@photo-sphere-viewer/core';
import { tilesSettled } from '../../tiles-settled.ts';
import type { PosterSwapConfig } from './model.ts';

/** Smallest turn (radians) or zoom step that counts as the view having moved away from the poster's. */
const MOVED_RAD = 1e-3;
const MOVED_ZOOM = 0.5;

/**
 * Keeps the build-time poster over the canvas until the live view is as sharp as the poster (the
 * tiles in view have arrived: tiles-settled.ts), then removes it and says the view is sharp.
 *
 * The poster lets the pointer through (SceneViewer.astro), so a tourist can drag the live view
 * while it is still sharpening; once the view leaves the poster's (a drag, a key, a link that opens
 * at another direction), the poster would show the wrong place, and it goes at once. The view is
 * still called sharp only when the tiles are in.
 */
export class PosterSwapPlugin extends AbstractConfigurablePlugin<PosterSwapConfig> {
  static override readonly id = 'hg-poster-swap';

  static withConfig(config: PosterSwapConfig): [typeof PosterSwapPlugin, PosterSwapConfig] {
    return [PosterSwapPlugin, config];
  }
  static override readonly configParser = utils.getConfigParser<PosterSwapConfig>({ poster: null, posterView: null, timeout: 10_000, onSharp: () => {} });
  static override readonly readonlyOptions = ['poster', 'posterView', 'timeout', 'onSharp'];

  private timer?: ReturnType<typeof setTimeout>;
  private finished = false;
  /** The view the poster shows (config), else the one the viewer was ready at. */
  private posterView?: { yaw: number; pitch: number; zoom: number };

  constructor(viewer: Viewer, config: PosterSwapConfig) {
    super(viewer, config);
  }

  override init(): void {
    super.init();
    this.viewer.addEventListener(events.ReadyEvent.type, this, { once: true });
  }

  override destroy(): void {
    this.stopListening();
    clearTimeout(this.timer);
    super.destroy();
  }

  handleEvent(e: Event): void {
    switch (e.type) {
      case events.ReadyEvent.type:
        // A stalled network must not hide the live viewer forever.
        this.timer = setTimeout(() => this.finish(), this.config.timeout);
        this.posterView = this.config.posterView ?? { ...this.viewer.getPosition(), zoom: this.viewer.getZoomLevel() };
        this.viewer.addEventListener(events.RenderEvent.type, this);
        this.viewer.addEventListener(events.PositionUpdatedEvent.type, this);
        this.viewer.addEventListener(events.ZoomUpdatedEvent.type, this);
        // Opened at another view than the poster's (a deep link): the poster would show the wrong place.
        if (this.movedAway()) this.dropPoster();
        this.check();
        break;
      case events.RenderEvent.type:
        this.check();
        break;
      case events.PositionUpdatedEvent.type:
      case events.ZoomUpdatedEvent.type:
        if (this.movedAway()) this.dropPoster();
        break;
    }
  }

  private movedAway(): boolean {
    const start = this.posterView;
    if (!start) return false;
    const { yaw, pitch } = this.viewer.getPosition();
    const turn = Math.abs(utils.getShortestArc(start.yaw, yaw));
    return turn > MOVED_RAD || Math.abs(pitch - start.pitch) > MOVED_RAD || Math.abs(this.viewer.getZoomLevel() - start.zoom) > MOVED_ZOOM;
  }

  /** The view has left the poster's: the live view, however sharp yet, is the one to see. */
  private dropPoster(): void {
    this.viewer.removeEventListener(events.PositionUpdatedEvent.type, this);
    this.viewer.removeEventListener(events.ZoomUpdatedEvent.type, this);
    this.config.poster?.remove();
  }

  private check(): void {
    if (tilesSettled(this.viewer)) this.finish();
  }

  private stopListening(): void {
    this.viewer.removeEventListener(events.RenderEvent.type, this);
    this.viewer.removeEventListener(events.PositionUpdatedEvent.type, this);
    this.viewer.removeEventListener(events.ZoomUpdatedEvent.type, this);
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.timer);
    this.stopListening();
    // Two frames later the canvas holds the sharp tiles: the swap cannot show the blurry base.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        this.config.poster?.remove();
        this.config.onSharp?.();
      }),
    );
  }
}
