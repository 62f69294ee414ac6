import { AbstractConfigurablePlugin, events, utils, type Viewer } from '@photo-sphere-viewer/core';
import { tilesSettled } from '../../tiles-settled.ts';
import type { PosterSwapConfig } from './model.ts';

/** Smallest turn (radians) or zoom step that counts as the view having moved away from the poster's. */
const MOVED_RAD = 1e-3;
const MOVED_ZOOM = 0.5;

/** PSV's renderer as far as frames held under the poster need it (its `customRenderer` is not typed). */
type HeldRenderer = { customRenderer?: unknown; setCustomRenderer(factory: ((r: unknown) => { render(): void }) | null): void };

/**
 * Keeps the build-time poster over the canvas until the live view is as sharp as the poster (the
 * tiles in view have arrived: tiles-settled.ts), then removes it and says the view is sharp.
 *
 * While the poster covers the canvas, the frames that each arriving tile asks for would draw what
 * no one sees; on a phone each is GPU time and a main-thread wait, taken from the tiles still
 * coming (on this machine's software GPU 50–150 ms a frame). After the first live frame (drawn, so
 * a drag shows the panorama at once) they are held: PSV runs its loop as ever (markers, events)
 * but draws nothing, and the tiles that came are drawn in one frame when the poster goes.
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
  /** The renderer that draws nothing while the poster covers the canvas, once the first frame is drawn. */
  private held?: { render(): void };
  /** The poster went early (the view left it): the live view is what the tourist sees. */
  private dropped = false;

  constructor(viewer: Viewer, config: PosterSwapConfig) {
    super(viewer, config);
  }

  override init(): void {
    super.init();
    this.viewer.addEventListener(events.ReadyEvent.type, this, { once: true });
  }

  override destroy(): void {
    this.releaseFrames();
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
        this.holdFrames();
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
    this.dropped = true;
    this.releaseFrames();
  }

  /** After the first live frame, while the poster is up: frames draw nothing (see the class comment). */
  private holdFrames(): void {
    const renderer = this.viewer.renderer as unknown as HeldRenderer;
    // Once only, and never over another plugin's renderer (WebXR's, stereo's).
    if (this.held || this.finished || this.dropped || !this.config.poster?.isConnected || renderer.customRenderer) return;
    this.held = { render: () => undefined };
    renderer.setCustomRenderer(() => this.held!);
  }

  /** Frames draw again; the next one draws every tile that came while they were held. */
  private releaseFrames(): void {
    const renderer = this.viewer.renderer as unknown as HeldRenderer;
    if (this.held && renderer.customRenderer === this.held) renderer.setCustomRenderer(null);
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
    this.releaseFrames();
    // Two frames later the canvas holds the sharp tiles: the swap cannot show the blurry base.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        this.config.poster?.remove();
        this.config.onSharp?.();
      }),
    );
  }
}
