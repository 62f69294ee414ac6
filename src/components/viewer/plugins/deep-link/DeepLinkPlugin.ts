import { AbstractConfigurablePlugin, events, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { whenPlugin } from '../late-plugins/when-plugin.ts';
import type { VariantsPlugin } from '../variants/index.ts';
import type { DeepLinkConfig } from './model.ts';
import { formatViewParams, parseViewParams } from './url-view.ts';
import { DEG } from '../../../../util/angles.ts';

/** The viewer's events the address follows (`handleEvent`). */
const VIEWER_EVENTS = [events.PositionUpdatedEvent.type, events.ZoomUpdatedEvent.type, events.PanoramaLoadEvent.type, events.TransitionDoneEvent.type] as const;

/**
 * The address always describes the scene and view on screen. Looking around replaces the history
 * entry (no flood of entries); moving to another scene pushes one, so Back returns to the previous
 * scene and view. The page's first scene replaces, never pushes: one Back leaves the page (issue
 * 16). Back/Forward move the viewer. The initial view from the address is applied by whoever
 * creates the viewer (see create-viewer.ts), before the first frame.
 */
export class DeepLinkPlugin extends AbstractConfigurablePlugin<DeepLinkConfig> {
  static override readonly id = 'hg-deep-link';

  static withConfig(config: DeepLinkConfig): [typeof DeepLinkPlugin, DeepLinkConfig] {
    return [DeepLinkPlugin, config];
  }
  static override readonly configParser = utils.getConfigParser<DeepLinkConfig>({ sceneUrls: {}, delay: 250, extraParams: () => ({}) });
  static override readonly readonlyOptions = ['sceneUrls'];

  private tour?: VirtualTourPlugin;
  private timer?: ReturnType<typeof setTimeout>;
  /** Set while the viewer follows Back/Forward, so that scene change is not pushed again. */
  private restoring = false;
  /** No scene shown yet: the first one belongs to the entry that opened the page. */
  private first = true;
  /**
   * From the start of a scene change to its end the viewer turns and zooms towards the next scene
   * while the tour still reports the old one: writing those moves would give the old scene's entry
   * the new scene's zoom (Back restored 40 instead of 45).
   */
  private changing = false;
  private readonly onPopState = () => void this.restore();
  /** A variant switch changes the address without moving the view. */
  private readonly onVariant = () => this.replace();
  private variants?: VariantsPlugin;
  private stopWaiting?: () => void;

  constructor(viewer: Viewer, config: DeepLinkConfig) {
    super(viewer, config);
  }

  override init(): void {
    super.init();
    this.tour = this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
    for (const type of VIEWER_EVENTS) this.viewer.addEventListener(type, this);
    this.tour?.addEventListener('node-changed', this);
    window.addEventListener('popstate', this.onPopState);
    // The variants arrive after the first frame: their choice goes into the address once they do.
    this.stopWaiting = whenPlugin<VariantsPlugin>(this.viewer, 'hg-variants', (variants) => {
      this.variants = variants;
      variants.addEventListener('variant-change', this.onVariant);
    });
  }

  override destroy(): void {
    clearTimeout(this.timer);
    for (const type of VIEWER_EVENTS) this.viewer.removeEventListener(type, this);
    this.tour?.removeEventListener('node-changed', this);
    window.removeEventListener('popstate', this.onPopState);
    this.stopWaiting?.();
    this.variants?.removeEventListener('variant-change', this.onVariant);
    super.destroy();
  }

  handleEvent(e: Event): void {
    if (e.type === events.PanoramaLoadEvent.type) {
      // The moves already waiting belong to the scene being left: write them now, then hold still.
      if (this.timer !== undefined && !this.restoring) this.replace();
      clearTimeout(this.timer);
      this.timer = undefined;
      this.changing = true;
    } else if (e.type === events.TransitionDoneEvent.type) {
      // A variant switch loads a panorama without changing scene: it ends here.
      this.changing = false;
    } else if (e.type === 'node-changed') {
      this.changing = false;
      clearTimeout(this.timer);
      this.timer = undefined;
      const first = this.first;
      this.first = false;
      if (this.restoring) {
        this.restoring = false;
        return;
      }
      const url = this.currentUrl();
      if (!url || url === location.pathname + location.search) return;
      if (first) history.replaceState(history.state, '', url);
      else history.pushState({ hg: true }, '', url);
    } else if (!this.tour || !this.tour.getCurrentNode() || this.restoring || this.changing) {
      return;
    } else {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.replace();
      }, this.config.delay);
    }
  }

  /** The address of the scene and view on screen. */
  currentUrl(): string | undefined {
    const node = this.tour?.getCurrentNode();
    const path = node && this.config.sceneUrls[node.id];
    if (!path) return undefined;
    const { yaw, pitch } = this.viewer.getPosition();
    return path + formatViewParams({ yaw: yaw / DEG, pitch: pitch / DEG, zoom: this.viewer.getZoomLevel(), ...this.config.extraParams!() });
  }

  /** Writes the current view into the address without adding a history entry. */
  replace(): void {
    const url = this.currentUrl();
    if (url && url !== location.pathname + location.search) history.replaceState(history.state, '', url);
  }

  /** Back/Forward: go to the scene and view the address describes. */
  private async restore(): Promise<void> {
    const sceneId = Object.entries(this.config.sceneUrls).find(([, url]) => url === location.pathname)?.[0];
    if (!sceneId || !this.tour) return;
    const { view } = parseViewParams(location.search);
    const position = view.yaw !== undefined || view.pitch !== undefined ? { yaw: (view.yaw ?? 0) * DEG, pitch: (view.pitch ?? 0) * DEG } : undefined;
    if (sceneId !== this.tour.getCurrentNode()?.id) {
      this.restoring = true;
      await this.tour.setCurrentNode(sceneId, { ...(position ? { rotateTo: position } : {}), ...(view.zoom !== undefined ? { zoomTo: view.zoom } : {}) });
    } else {
      if (position) this.viewer.rotate(position);
      if (view.zoom !== undefined) this.viewer.zoom(view.zoom);
    }
  }
}
