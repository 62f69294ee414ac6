import { AbstractConfigurablePlugin, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { VariantChangeEvent, type VariantsEvents } from './events.ts';
import type { VariantsConfig } from './model.ts';

/**
 * Switches between photos of the same spot (seasons, day/night) without losing the view: the new
 * photo fades in at the same yaw, pitch and zoom. A row of toggle buttons at the top of the viewer,
 * shown only for scenes that have variants; markers and links stay as they are.
 */
export class VariantsPlugin extends AbstractConfigurablePlugin<VariantsConfig, VariantsConfig, never, VariantsEvents> {
  static override readonly id = 'hg-variants';
  static override readonly configParser = utils.getConfigParser<VariantsConfig>({ scenes: {}, initial: undefined as unknown as string, label: '', toPanorama: (p) => p });
  static override readonly readonlyOptions = ['scenes', 'label', 'toPanorama'];

  /** Id of the variant on screen; undefined for the main photo. */
  current: string | undefined;
  private readonly bar = document.createElement('div');
  private tour?: VirtualTourPlugin;

  constructor(viewer: Viewer, config: VariantsConfig) {
    super(viewer, config);
    this.bar.className = 'hg-variants';
    this.bar.setAttribute('role', 'group');
    this.bar.setAttribute('aria-label', config.label);
  }

  override init(): void {
    super.init();
    this.viewer.container.append(this.bar);
    this.tour = this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
    this.tour?.addEventListener('node-changed', this);
    // Arrived after the first scene was shown (late chunk): catch up with it.
    if (this.tour?.getCurrentNode()) this.handleEvent(new Event('node-changed'));
  }

  override destroy(): void {
    this.tour?.removeEventListener('node-changed', this);
    this.bar.remove();
    super.destroy();
  }

  handleEvent(e: Event): void {
    if (e.type !== 'node-changed') return;
    const initial = this.config.initial;
    this.config.initial = undefined;
    this.current = undefined;
    this.render();
    if (initial) void this.select(initial);
  }

  private get scene() {
    const id = this.tour?.getCurrentNode()?.id;
    return id ? this.config.scenes[id] : undefined;
  }

  /** Shows a variant (or the main photo with `undefined`), keeping the direction and zoom. */
  async select(id: string | undefined): Promise<void> {
    const scene = this.scene;
    if (!scene) return;
    const variant = id ? scene.variants.find((v) => v.id === id) : undefined;
    if (id && !variant) return;
    this.current = variant?.id;
    this.render();
    await this.viewer.setPanorama(this.config.toPanorama(variant ? variant.panorama : scene.main), {
      position: this.viewer.getPosition(),
      zoom: this.viewer.getZoomLevel(),
      showLoader: false,
      transition: { effect: 'fade', rotation: false, speed: 600 },
    });
    this.dispatchEvent(new VariantChangeEvent(this.current));
  }

  private render(): void {
    const scene = this.scene;
    this.bar.replaceChildren();
    this.bar.hidden = !scene || scene.variants.length === 0;
    if (!scene || this.bar.hidden) return;
    const choices = [{ id: undefined as string | undefined, label: scene.mainLabel }, ...scene.variants];
    // On a narrow phone the bar is too short for every label on one line: the longest wraps, not a
    // short one ("Mùa / hè" beside "Mùa hoa tam giác mạch" on a 360-px phone, turn 7).
    const longest = Math.max(...choices.map((choice) => choice.label.length));
    for (const choice of choices) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = choice.label;
      button.classList.toggle('hg-variant-whole', choice.label.length < longest);
      button.dataset.variant = choice.id ?? '';
      button.setAttribute('aria-pressed', String(choice.id === this.current));
      button.addEventListener('click', () => void this.select(choice.id));
      this.bar.append(button);
    }
  }
}
