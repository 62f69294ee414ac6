import { AbstractConfigurablePlugin, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { AutorotatePlugin } from '@photo-sphere-viewer/autorotate-plugin';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { DEG } from '../../../../util/angles.ts';
import type { NarrationPlugin } from '../narration/NarrationPlugin.ts';
import { NEVER, ReducedMotionPlugin } from '../reduced-motion/index.ts';
import { createGuideControls, type GuideAction, type GuideControls } from './controls.ts';
import { GuideChangedEvent, type GuidedTourEvents, type GuideState } from './events.ts';
import { GUIDE_KEYS, type GuidedTourConfig } from './model.ts';
import { dwellMs, guideSteps, type GuideStep } from './sequence.ts';

/** Navbar button id ("Play the tour"). */
export const GUIDE_BUTTON = 'hg-guided-tour';

const INPUTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Play the tour" (issue 17): scene after scene in the guide's order, the view glides to each info
 * point and its title and text show as a caption; the scene's narration plays (once the tourist has
 * pressed something: browsers' autoplay rules) and is waited for; then the guide walks on through
 * the arrow, as a tourist following it would. Any input pauses it, with "Resume" in sight;
 * "spot 3 of 8" with previous and next stays while it plays. Kiosk mode loops for ever, without
 * the navbar (the page hides its own chrome), and starts again after a minute without input.
 * The container says where it is (`data-guide`: stopped, playing, paused) for styles and tests.
 */
export class GuidedTourPlugin extends AbstractConfigurablePlugin<GuidedTourConfig, GuidedTourConfig, never, GuidedTourEvents> {
  static override readonly id = 'hg-guided-tour';
  static override readonly configParser = utils.getConfigParser<GuidedTourConfig>({
    host: null as never,
    order: [],
    scenes: {},
    strings: null as never,
    autoplay: false,
    kiosk: false,
    pace: 'normal',
    idleRestart: undefined as never,
  });
  static override readonly readonlyOptions = ['host', 'order', 'scenes', 'strings', 'kiosk'];

  static withConfig(config: GuidedTourConfig): [typeof GuidedTourPlugin, GuidedTourConfig] {
    return [GuidedTourPlugin, config];
  }

  readonly steps: GuideStep[];
  private state: GuideState = 'stopped';
  private index = 0;
  /** Bumped by every pause, jump and stop: a run that sees another number has been overtaken. */
  private run = 0;
  /** The scene whose narration has been heard to the end (not started again by a resume). */
  private narrated?: string;
  private idleTimer?: ReturnType<typeof setTimeout>;
  private controls!: GuideControls;
  private tour?: VirtualTourPlugin;
  private destroyed = false;
  /**
   * The tourist has pressed something here (a key, a click, a touch): browsers then allow sound.
   * Counted by the guide itself rather than read from `navigator.userActivation`, which some
   * browsers set for a navigation the tourist did not make with a press (an automated one, say).
   */
  private pressed = false;
  private readonly onInput = (e: Event) => this.heardInput(e);
  private readonly onKey = (e: KeyboardEvent) => this.guideKey(e);

  constructor(viewer: Viewer, config: GuidedTourConfig) {
    super(viewer, config);
    this.steps = guideSteps(config.order, config.scenes);
  }

  override init(): void {
    super.init();
    this.tour = this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
    this.controls = createGuideControls(this.config.strings, !!this.config.kiosk, (action) => this.act(action));
    this.viewer.container.append(this.controls.root);
    this.viewer.container.dataset.guide = 'stopped';
    for (const type of INPUTS) window.addEventListener(type, this.onInput, { capture: true, passive: true });
    this.config.host.addEventListener('keydown', this.onKey);
    if (this.config.kiosk) this.viewer.navbar.hide();
    if (this.config.autoplay && this.steps.length > 0) this.start();
  }

  override destroy(): void {
    this.destroyed = true;
    this.run++;
    clearTimeout(this.idleTimer);
    for (const type of INPUTS) window.removeEventListener(type, this.onInput, { capture: true });
    this.config.host.removeEventListener('keydown', this.onKey);
    this.controls.root.remove();
    super.destroy();
  }

  get playing(): GuideState {
    return this.state;
  }

  /**
   * "Play the tour": from the scene on screen when it is in the guide, else from the first spot.
   * `byPress`: started by the tourist's press (the navbar button), so sound may play.
   */
  start(byPress = false): void {
    if (byPress) this.pressed = true;
    if (this.steps.length === 0) return;
    const here = this.firstStepOf(this.currentScene());
    this.narrated = undefined;
    if (this.config.kiosk) void this.trySound();
    this.play(here >= 0 ? here : 0);
  }

  /** Play / pause / resume, as the navbar button and the P key do (`byPress`: see `start`). */
  toggle(byPress = false): void {
    if (byPress) this.pressed = true;
    if (this.state === 'playing') this.pause();
    else if (this.state === 'paused') this.resume();
    else this.start();
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.run++;
    void this.viewer.stopAnimation();
    this.narration?.pauseNarration();
    this.setState('paused');
  }

  resume(): void {
    // The tourist may have walked elsewhere while it was paused: go on from there.
    const scene = this.currentScene();
    const here = this.firstStepOf(scene);
    if (here >= 0 && this.steps[this.index]?.sceneId !== scene) this.index = here;
    this.play(this.index);
  }

  stop(): void {
    this.run++;
    clearTimeout(this.idleTimer);
    void this.viewer.stopAnimation();
    this.markSpot(undefined);
    this.setState('stopped');
    this.autorotate(true);
  }

  /** Next or previous spot (wrapping round), playing from there. */
  step(delta: 1 | -1): void {
    const total = this.steps.length;
    this.play((this.index + delta + total) % total);
  }

  private act(action: GuideAction): void {
    if (action === 'previous') this.step(-1);
    else if (action === 'next') this.step(1);
    else if (action === 'toggle') this.toggle();
    else if (action === 'stop') this.stop();
    else if (action === 'sound') {
      // The press itself is the gesture browsers wait for.
      this.narration?.setSound(true);
      this.controls.offerSound(false);
      if (this.state === 'playing') void this.narrate(this.steps[this.index]!.sceneId, this.run);
    }
  }

  private play(from: number): void {
    const run = ++this.run;
    clearTimeout(this.idleTimer);
    this.autorotate(false);
    this.index = from;
    this.setState('playing');
    void this.walk(from, run);
  }

  /** The guide itself: one spot after another until the end (kiosk: for ever), or until overtaken. */
  private async walk(from: number, run: number): Promise<void> {
    const live = () => run === this.run && !this.destroyed;
    for (let i = from; i < this.steps.length; i++) {
      const step = this.steps[i]!;
      this.index = i;
      this.setState('playing');
      if (this.currentScene() !== step.sceneId) {
        this.controls.walking(step.sceneTitle);
        await this.walkTo(step.sceneId, live);
        if (!live()) return;
        this.narrated = undefined;
        this.controls.show(step, i, this.steps.length, this.state);
      }
      void this.narrate(step.sceneId, run);
      this.markSpot(step.hotspotId);
      if (step.yaw !== undefined && step.pitch !== undefined) await this.glide(step.yaw * DEG, step.pitch * DEG);
      if (!live()) return;
      await sleep(dwellMs(step, this.config.pace!));
      if (!live()) return;
      if (step.lastOfScene) {
        await this.narration?.narrationStopped();
        if (!live()) return;
      }
    }
    if (this.config.kiosk) return void this.walk(0, run);
    this.stop();
  }

  /** Plays (or resumes) the scene's narration until it has been heard to the end, once sound is allowed. */
  private async narrate(sceneId: string, run: number): Promise<void> {
    const narration = this.narration;
    if (!narration?.hasNarration) return this.controls.offerSound(!this.soundAllowed && !!narration?.music && !narration.soundOn);
    if (!this.soundAllowed) return this.controls.offerSound(true);
    this.controls.offerSound(false);
    if (this.narrated === sceneId || !narration.narration.paused) return;
    if (!(await narration.playNarration()) || run !== this.run) return;
    await narration.narrationStopped();
    if (narration.narration.ended) this.narrated = sceneId;
  }

  /** Sound needs a press first (autoplay rules), except on a kiosk screen whose browser allows it (docs). */
  private get soundAllowed(): boolean {
    return !!this.config.kiosk || this.pressed;
  }

  /** Kiosk: music and ambience on, if the screen's browser lets them play without a press. */
  private async trySound(): Promise<void> {
    const music = this.narration?.music;
    if (!music || this.narration?.soundOn) return;
    try {
      await music.audio.play();
      this.narration?.setSound(true);
    } catch {
      // The browser wants a press first: silent until someone touches the screen.
    }
  }

  /** Turns toward the arrow to the next scene, then follows it as a tourist would (its transition, its arrival view). */
  private async walkTo(sceneId: string, live: () => boolean): Promise<void> {
    const link = this.tour?.getCurrentNode()?.links?.find((l) => l.nodeId === sceneId);
    const position = link?.position as { yaw?: number; pitch?: number } | undefined;
    if (position?.yaw !== undefined && position.pitch !== undefined) {
      this.markSpot(undefined);
      await this.glide(position.yaw, position.pitch);
      if (!live()) return;
    }
    await this.tour?.setCurrentNode(sceneId, undefined, link);
  }

  /** Glides the view (or jumps, under reduced motion) to a direction in radians. */
  private async glide(yaw: number, pitch: number): Promise<void> {
    if (ReducedMotionPlugin.reduced) {
      this.viewer.rotate({ yaw, pitch });
      return;
    }
    await this.viewer.animate({ yaw, pitch, speed: this.config.pace === 'fast' ? 300 : 2_000 });
  }

  private heardInput(e: Event): void {
    // A wheel turn is not a press: browsers do not count it for sound.
    if (e.type !== 'wheel' && e.isTrusted && !(e instanceof KeyboardEvent && (MODIFIERS.has(e.key) || e.key === 'Escape'))) this.pressed = true;
    if (this.state === 'stopped') return;
    const target = e.target instanceof Element ? e.target : null;
    if (target?.closest(`.hg-guide, .${GUIDE_BUTTON}`)) return;
    if (e instanceof KeyboardEvent && (MODIFIERS.has(e.key) || (GUIDE_KEYS.includes(e.key) && this.config.host.contains(target)))) return;
    this.pause();
    if (this.config.kiosk) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.restart(), this.config.idleRestart ?? (this.config.pace === 'fast' ? 5_000 : 60_000));
    }
  }

  /** Kiosk: back to the first spot after a minute without input. */
  private restart(): void {
    this.narrated = undefined;
    void this.trySound();
    this.play(0);
  }

  private guideKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
    if (e.key === 'p' || e.key === 'P') this.toggle();
    else if (e.key === '[' && this.state !== 'stopped') this.step(-1);
    else if (e.key === ']' && this.state !== 'stopped') this.step(1);
    else return;
    e.preventDefault();
  }

  private setState(state: GuideState): void {
    this.state = state;
    this.viewer.container.dataset.guide = state;
    const step = this.steps[this.index];
    if (step) this.controls.show(step, this.index, this.steps.length, state);
    this.updateButton();
    this.dispatchEvent(new GuideChangedEvent(state, this.index));
  }

  private updateButton(): void {
    const button = this.viewer.navbar.getButton(GUIDE_BUTTON, false);
    if (!button) return;
    const { strings } = this.config;
    const label = this.state === 'playing' ? strings.guidePauseTour : this.state === 'paused' ? strings.guideResumeTour : strings.guidePlay;
    button.toggleActive(this.state === 'playing');
    button.container.setAttribute('aria-pressed', String(this.state === 'playing'));
    button.container.setAttribute('aria-label', label);
    button.container.title = label;
  }

  /** Rings the info point the caption speaks of. */
  private markSpot(hotspotId: string | undefined): void {
    for (const el of this.viewer.container.querySelectorAll('.hg-hotspot.hg-guided, .hg-area.hg-guided')) el.classList.remove('hg-guided');
    if (hotspotId) this.viewer.container.querySelector(`.hg-hotspot[data-hotspot="${CSS.escape(hotspotId)}"], .hg-area[data-hotspot="${CSS.escape(hotspotId)}"]`)?.classList.add('hg-guided'); // an area's outline too (issue 17)
  }

  /** The guide glides the view itself: autorotate must not start turning on its own meanwhile. */
  private autorotate(allowed: boolean): void {
    const autorotate = this.viewer.getPlugin<AutorotatePlugin>('autorotate');
    if (!autorotate) return;
    autorotate.stop();
    const options = allowed ? this.viewer.getPlugin<ReducedMotionPlugin>(ReducedMotionPlugin)?.autorotateOptions() : { autostartDelay: NEVER, autostartOnIdle: false };
    if (options) autorotate.setOptions(options);
  }

  private currentScene(): string | undefined {
    return this.tour?.getCurrentNode()?.id;
  }

  private firstStepOf(sceneId: string | undefined): number {
    return this.steps.findIndex((s) => s.sceneId === sceneId);
  }

  private get narration(): NarrationPlugin | undefined {
    return this.viewer.getPlugin<NarrationPlugin>('hg-narration');
  }
}
