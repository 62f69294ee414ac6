import { AbstractConfigurablePlugin, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import type { NarrationConfig, SceneSound } from './model.ts';
import { MusicLoop } from './music-loop.ts';

/** Navbar button ids (NarrationButtons.ts). */
export const NARRATION_BUTTON = 'hg-narration';
export const AMBIENCE_BUTTON = 'hg-ambience';

/**
 * Narration (per language) and an ambient loop for each scene, and the tour's music (issue 17).
 * Nothing plays until the tourist presses a button; once on, sound follows the tourist from scene
 * to scene, and stops where a scene has none. One toggle (the ambience button) is the tourist's
 * "sound on" for the ambient loops and the music; the music ducks while a narration speaks. State
 * is mirrored on the buttons (aria-pressed) and on the viewer container (`data-narration`,
 * `data-ambience`, `data-music`) for styles and tests.
 */
export class NarrationPlugin extends AbstractConfigurablePlugin<NarrationConfig> {
  static override readonly id = 'hg-narration';
  static override readonly configParser = utils.getConfigParser<NarrationConfig>({ scenes: {}, music: undefined as never, lang: 'vi', strings: null as never });
  static override readonly readonlyOptions = ['scenes', 'music', 'strings'];

  readonly narration = new Audio();
  readonly ambience = new Audio();
  /** The tour's music, when it has one. */
  readonly music?: MusicLoop;
  private narrationOn = false;
  private ambienceOn = false;
  private tour?: VirtualTourPlugin;
  /** Language, progress and time of the narration while it plays or is paused part-way (issue 16). */
  private status?: HTMLElement;
  private readonly onTime = () => this.showProgress();

  constructor(viewer: Viewer, config: NarrationConfig) {
    super(viewer, config);
    this.narration.preload = 'none';
    this.ambience.preload = 'none';
    this.ambience.loop = true;
    this.narration.addEventListener('ended', () => this.setNarration(false));
    if (config.music) this.music = new MusicLoop(config.music.url, config.music.volume);
  }

  override init(): void {
    super.init();
    this.tour = this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
    this.tour?.addEventListener('node-changed', this);
    this.status = document.createElement('div');
    this.status.className = 'hg-narration-status';
    this.status.hidden = true;
    this.status.dataset.narrationStatus = '';
    this.status.innerHTML = '<span class="hg-narration-language"></span> <span class="hg-narration-time"></span><progress max="1" value="0"></progress>';
    this.status.querySelector('progress')!.setAttribute('aria-label', this.config.strings.narrationProgress);
    this.viewer.container.append(this.status);
    for (const type of ['timeupdate', 'loadedmetadata', 'play', 'pause', 'ended']) this.narration.addEventListener(type, this.onTime);
    this.refresh();
  }

  override destroy(): void {
    this.tour?.removeEventListener('node-changed', this);
    for (const type of ['timeupdate', 'loadedmetadata', 'play', 'pause', 'ended']) this.narration.removeEventListener(type, this.onTime);
    this.status?.remove();
    this.narration.pause();
    this.ambience.pause();
    this.music?.destroy();
    super.destroy();
  }

  handleEvent(e: Event): void {
    if (e.type === 'node-changed') this.refresh();
  }

  private get sound(): SceneSound {
    const id = this.tour?.getCurrentNode()?.id;
    return (id && this.config.scenes[id]) || {};
  }

  /** Language of the track that plays: the page's own, else the other one. */
  private get trackLang(): 'vi' | 'en' | undefined {
    const n = this.sound.narration;
    return n ? ([this.config.lang!, 'vi', 'en'] as const).find((l) => n[l]) : undefined;
  }

  private get track(): string | undefined {
    const lang = this.trackLang;
    return lang && this.sound.narration?.[lang];
  }

  private showProgress(): void {
    const status = this.status;
    const lang = this.trackLang;
    if (!status) return;
    const started = this.narrationOn || this.narration.currentTime > 0;
    status.hidden = !lang || !started;
    if (!lang) return;
    const { currentTime, duration } = this.narration;
    const time = (t: number) => `${Math.floor(t / 60)}:${String(Math.floor(t % 60)).padStart(2, '0')}`;
    status.querySelector('.hg-narration-language')!.textContent = this.config.strings.narrationIn(lang);
    status.querySelector('.hg-narration-time')!.textContent = Number.isFinite(duration) ? `${time(currentTime)} / ${time(duration)}` : time(currentTime);
    const progress = status.querySelector('progress')!;
    progress.value = Number.isFinite(duration) && duration > 0 ? currentTime / duration : 0;
  }

  toggleNarration(): void {
    this.setNarration(!this.narrationOn);
  }

  toggleAmbience(): void {
    this.setSound(!this.ambienceOn);
  }

  /** The tourist's "sound on": the ambient loops and the tour's music. */
  get soundOn(): boolean {
    return this.ambienceOn;
  }

  setSound(on: boolean): void {
    this.ambienceOn = on;
    this.refresh();
  }

  /** The scene on screen has a narration track. */
  get hasNarration(): boolean {
    return !!this.track;
  }

  /** Plays the scene's narration; resolves with whether it plays (a browser may refuse before a gesture). */
  async playNarration(): Promise<boolean> {
    if (!this.track) return false;
    this.setNarration(true);
    try {
      await this.narration.play();
      return true;
    } catch {
      this.setNarration(false);
      return false;
    }
  }

  pauseNarration(): void {
    this.setNarration(false);
  }

  /** Resolves when the narration stops: it ended, or it was paused. */
  narrationStopped(): Promise<void> {
    if (this.narration.paused) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.narration.removeEventListener('ended', done);
        this.narration.removeEventListener('pause', done);
        resolve();
      };
      this.narration.addEventListener('ended', done);
      this.narration.addEventListener('pause', done);
    });
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
    if (this.music) {
      this.music.playing = this.ambienceOn;
      this.music.duck(this.narrationOn && !!track);
    }
    const playing = this.narrationOn && !!track;
    this.viewer.container.dataset.narration = playing ? 'playing' : track ? 'paused' : 'none';
    this.viewer.container.dataset.ambience = this.ambienceOn && ambience ? 'on' : ambience ? 'off' : 'none';
    this.viewer.container.dataset.music = this.music ? (this.ambienceOn ? 'on' : 'off') : 'none';
    const { strings } = this.config;
    const lang = this.trackLang;
    // A track in another language says so before it plays (issue 16).
    const foreign = lang && lang !== this.config.lang ? ` (${strings.narrationIn(lang)})` : '';
    this.updateButton(NARRATION_BUTTON, !!track, playing, (playing ? strings.narrationPause : strings.narrationPlay) + foreign);
    this.showProgress();
    const background = !!ambience || !!this.music;
    this.updateButton(AMBIENCE_BUTTON, background, this.ambienceOn && background, this.ambienceOn ? strings.ambienceOff : strings.ambienceOn);
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
