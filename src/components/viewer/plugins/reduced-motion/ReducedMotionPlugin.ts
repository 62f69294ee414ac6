import { AbstractConfigurablePlugin, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { AutorotatePlugin } from '@photo-sphere-viewer/autorotate-plugin';
import { NEVER, type ReducedMotionConfig } from './model.ts';


const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * The autorotate plugin stays still while the tourist asks for reduced motion, including when the
 * setting changes with the page open and when autorotate arrives after this plugin (late chunk):
 * `autorotateOptions()` is what it is started with.
 */
export class ReducedMotionPlugin extends AbstractConfigurablePlugin<ReducedMotionConfig> {
  static override readonly id = 'hg-reduced-motion';
  static override readonly configParser = utils.getConfigParser<ReducedMotionConfig>({ autostartDelay: 30_000 });
  static override readonly readonlyOptions = ['autostartDelay'];

  static withConfig(config: ReducedMotionConfig): [typeof ReducedMotionPlugin, ReducedMotionConfig] {
    return [ReducedMotionPlugin, config];
  }

  private readonly query = matchMedia(QUERY);

  constructor(viewer: Viewer, config: ReducedMotionConfig) {
    super(viewer, config);
  }

  /** Reduced motion is asked for now. */
  static get reduced(): boolean {
    return matchMedia(QUERY).matches;
  }

  override init(): void {
    super.init();
    this.query.addEventListener('change', this);
  }

  override destroy(): void {
    this.query.removeEventListener('change', this);
    super.destroy();
  }

  /** The autorotate options that fit the tourist's setting now. */
  autorotateOptions(): { autostartDelay: number; autostartOnIdle: boolean } {
    const delay = this.query.matches ? NEVER : this.config.autostartDelay!;
    return { autostartDelay: delay, autostartOnIdle: delay !== NEVER };
  }

  handleEvent(e: Event): void {
    if (e.type !== 'change') return;
    const autorotate = this.viewer.getPlugin<AutorotatePlugin>('autorotate');
    if (this.query.matches) autorotate?.stop();
    autorotate?.setOptions(this.autorotateOptions());
  }
}
