import { AbstractConfigurablePlugin, events, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { PosterSwapConfig } from './model.ts';

/**
 * Keeps the build-time poster over the canvas until the live view is as sharp as the poster (the
 * tiles in view have arrived), then removes it. Task status 1 = pending, 2 = running in the
 * equirectangular-tiles adapter's queue; it is read, never changed (PSV is pinned at 5.15.1).
 */
export class PosterSwapPlugin extends AbstractConfigurablePlugin<PosterSwapConfig> {
  static override readonly id = 'hg-poster-swap';

  static withConfig(config: PosterSwapConfig): [typeof PosterSwapPlugin, PosterSwapConfig] {
    return [PosterSwapPlugin, config];
  }
  static override readonly configParser = utils.getConfigParser<PosterSwapConfig>({ poster: null, timeout: 10_000, onSharp: () => {} });
  static override readonly readonlyOptions = ['poster', 'timeout', 'onSharp'];

  private timer?: ReturnType<typeof setTimeout>;
  private finished = false;

  constructor(viewer: Viewer, config: PosterSwapConfig) {
    super(viewer, config);
  }

  override init(): void {
    super.init();
    this.viewer.addEventListener(events.ReadyEvent.type, this, { once: true });
  }

  override destroy(): void {
    this.viewer.removeEventListener(events.RenderEvent.type, this);
    clearTimeout(this.timer);
    super.destroy();
  }

  handleEvent(e: Event): void {
    if (e.type === events.ReadyEvent.type) {
      // A stalled network must not hide the live viewer forever.
      this.timer = setTimeout(() => this.finish(), this.config.timeout);
      this.viewer.addEventListener(events.RenderEvent.type, this);
      this.check();
    } else if (e.type === events.RenderEvent.type) {
      this.check();
    }
  }

  private check(): void {
    const adapter = (this.viewer as unknown as { adapter: { queue?: { tasks: Record<string, { status: number }> }; state?: { tiles?: object } } }).adapter;
    const requested = Object.keys(adapter.state?.tiles ?? {}).length > 0;
    const busy = Object.values(adapter.queue?.tasks ?? {}).some((task) => task.status === 1 || task.status === 2);
    if (requested && !busy) this.finish();
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.timer);
    this.viewer.removeEventListener(events.RenderEvent.type, this);
    // Two frames later the canvas holds the sharp tiles: the swap cannot show the blurry base.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        this.config.poster?.remove();
        this.config.onSharp?.();
      }),
    );
  }
}
