import { AbstractConfigurablePlugin, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import type { NarrationConfig, SceneSound } from './model.ts';

/** Navbar button ids (NarrationButtons.ts). */
export const NARRATION_BUTTON = 'hg-narration';
export const AMBIENCE_BUTTON = 'hg-ambience';

/**
 * Narration (per language) and an ambient loop for each scene. Nothing plays until the tourist
 * presses a button; once on, sound follows the tourist from scene to scene, and stops where a
 * scene has none. State is mirrored on the buttons (aria-pressed) and on the viewer container
 * (`data-narration`, `data-ambience`) for styles and tests.
 */
export class NarrationPlugin extends AbstractConfigurablePlugin<NarrationConfig> {
  static override readonly id = 'hg-narration';
  static override readonly configParser = utils.getConfigParser<NarrationConfig>({ scenes: {}, lang: 'vi', strings: null as never });
  static override readonly readonlyOptions = ['scenes', 'strings'];

  readonly narration = new Audio();
  readonly ambience = new Audio();
  private narrationOn = false;
  private ambienceOn = false;
  private tour?: VirtualTourPlugin;

  constructor(viewer: Viewer, config: NarrationConfig) {
    super(viewer, config);
    this.narration.preload = 'none';
    this.ambience.preload = 'none';
    this.ambience.loop = true;
    this.narration.addEventListener('ended', () => this.setNarration(false));
  }

  override init(): void {
    super.init();
    this.tour = this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
    this.tour?.addEventListener('node-changed', this);
    this.refresh();
  }

  override destroy(): void {
    this.tour?.removeEventListener('node-changed', this);
    this.narration.pause();
    this.ambience.pause();
    super.destroy();
  }

  handleEvent(e: Event): void {
    if (e.type === 'node-changed') this.refresh();
  }

  private get sound(): SceneSound {
    const id = this.tour?.getCurrentNode()?.id;
    return (id && this.config.scenes[id]) || {};
  }

  private get track(): string | undefined {
    const n = this.sound.narration;
    return n && (n[this.config.lang!] ?? n.vi ?? n.en);
  }

  toggleNarration(): void {
    this.setNarration(!this.narrationOn);
  }

  toggleAmbience(): void {
    this.ambienceOn = !this.ambienceOn;
    this.refresh();
  }

  private setNarration(on: boolean): void {
    this.narrationOn = on;
    if (!on) this.narration.pause();
    this.refresh();
  }

  /** Brings the audio elements and buttons in line with the scene on screen and the tourist's choices. */
  private refresh(): void {
    const track = this.track;
    const ambience = this.sound.ambience;
    if (track && this.narration.getAttribute('src') !== track) {
      this.narration.src = track;
    }
    if (this.narrationOn && track) void this.narration.play().catch(() => this.setNarration(false));
    else this.narration.pause();
    if (this.ambienceOn && ambience) {
      if (this.ambience.getAttribute('src') !== ambience.url) this.ambience.src = ambience.url;
      this.ambience.volume = ambience.volume;
      void this.ambience.play().catch(() => undefined);
    } else {
      this.ambience.pause();
    }
    const playing = this.narrationOn && !!track;
    this.viewer.container.dataset.narration = playing ? 'playing' : track ? 'paused' : 'none';
    this.viewer.container.dataset.ambience = this.ambienceOn && ambience ? 'on' : ambience ? 'off' : 'none';
    const { strings } = this.config;
    this.updateButton(NARRATION_BUTTON, !!track, playing, playing ? strings.narrationPause : strings.narrationPlay);
    this.updateButton(AMBIENCE_BUTTON, !!ambience, this.ambienceOn && !!ambience, this.ambienceOn ? strings.ambienceOff : strings.ambienceOn);
  }

  private updateButton(id: string, visible: boolean, pressed: boolean, label: string): void {
    const button = this.viewer.navbar.getButton(id, false);
    if (!button) return;
    if (visible) button.show();
    else button.hide();
    button.toggleActive(pressed);
    button.container.setAttribute('aria-pressed', String(pressed));
    button.container.setAttribute('aria-label', label);
    button.container.title = label;
  }
}
