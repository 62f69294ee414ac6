import { AbstractConfigurablePlugin, events, utils, type Viewer } from '@photo-sphere-viewer/core';
import { tilesSettled } from '../../tiles-settled.ts';
import type { PosterSwapConfig } from './model.ts';

/**
 * Keeps the build-time poster over the canvas until the live view is as sharp as the poster (the
 * tiles in view have arrived: tiles-settled.ts), then removes it.
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
    if (tilesSettled(this.viewer)) this.finish();
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
