import { AbstractConfigurablePlugin, events, utils, type Viewer } from '@photo-sphere-viewer/core';
import { isAllowedOrigin } from './origins.ts';
import type { MarkersPlugin } from '@photo-sphere-viewer/markers-plugin';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { HG360_API_VERSION, type EmbedEvent, type State } from '../../../../embed/api-types.ts';
import type { LatePluginsPlugin } from '../late-plugins/index.ts';
import type { NarrationPlugin } from '../narration/index.ts';
import type { EmbedApiConfig } from './model.ts';
import { DEG } from '../../../../util/angles.ts';

const SCENE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A finite number within [min, max], or undefined: message fields come from any page. */
function inRange(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : undefined;
}

/**
 * The postMessage API of embed pages (docs/embedding.md): commands from the parent page move the
 * viewer, events tell the parent what the tourist does. Messages that are not ours, come from an
 * origin not allowed, or do not validate are dropped without a word: a partner's page may post
 * anything to its frames.
 */
export class EmbedApiPlugin extends AbstractConfigurablePlugin<EmbedApiConfig> {
  static override readonly id = 'hg-embed-api';
  static override readonly configParser = utils.getConfigParser<EmbedApiConfig>({ origins: '*', throttle: 200, titles: {} });
  static override readonly readonlyOptions = ['origins', 'titles'];

  private tour?: VirtualTourPlugin;
  private markers?: MarkersPlugin;
  private lastView = 0;
  private viewTimer?: ReturnType<typeof setTimeout>;
  private readonly onMessage = (e: MessageEvent) => this.receive(e);

  constructor(viewer: Viewer, config: EmbedApiConfig) {
    super(viewer, config);
  }

  override init(): void {
    super.init();
    this.tour = this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
    this.markers = this.viewer.getPlugin<MarkersPlugin>('markers');
    this.viewer.addEventListener(events.PositionUpdatedEvent.type, this);
    this.viewer.addEventListener(events.ZoomUpdatedEvent.type, this);
    this.viewer.addEventListener(events.ReadyEvent.type, this, { once: true });
    this.tour?.addEventListener('node-changed', this);
    this.markers?.addEventListener('select-marker', this);
    window.addEventListener('message', this.onMessage);
    // Arrived after the first frame (late chunk): the partner still hears `ready` once.
    if (this.viewer.state.ready) this.handleEvent(new Event(events.ReadyEvent.type));
  }

  override destroy(): void {
    clearTimeout(this.viewTimer);
    this.viewer.removeEventListener(events.PositionUpdatedEvent.type, this);
    this.viewer.removeEventListener(events.ZoomUpdatedEvent.type, this);
    this.viewer.removeEventListener(events.ReadyEvent.type, this);
    this.tour?.removeEventListener('node-changed', this);
    this.markers?.removeEventListener('select-marker', this);
    window.removeEventListener('message', this.onMessage);
    super.destroy();
  }

  handleEvent(e: Event): void {
    switch (e.type) {
      case events.ReadyEvent.type:
        this.post({ hg360: HG360_API_VERSION, type: 'ready', state: this.state() });
        break;
      case 'node-changed': {
        // The first scene is in `ready`'s state; only moves are news.
        if (!(e as Event & { data?: { fromNode?: unknown } }).data?.fromNode) break;
        const scene = this.sceneId;
        this.post({ hg360: HG360_API_VERSION, type: 'scene-changed', scene, title: this.config.titles?.[scene] ?? scene });
        break;
      }
      case 'select-marker': {
        const marker = (e as Event & { marker?: { id: string } }).marker;
        // Info hotspots are the markers named `hotspot-<id>` (tour-nodes.ts); partners get the editor's id.
        if (marker?.id.startsWith('hotspot-')) this.post({ hg360: HG360_API_VERSION, type: 'hotspot-opened', scene: this.sceneId, hotspot: marker.id.slice(8) });
        break;
      }
      default:
        this.viewChanged();
    }
  }

  private get sceneId(): string {
    return this.tour?.getCurrentNode()?.id ?? '';
  }

  private get narration(): NarrationPlugin | undefined {
    return this.viewer.getPlugin<NarrationPlugin>('hg-narration');
  }

  /**
   * `act` on the narration plugin now, or once it runs: it is a late plugin that starts after this one,
   * and a partner's "play" posted in between was dropped (the embed test's flaky retry, turn 7).
   */
  private withNarration(act: (narration: NarrationPlugin) => void): void {
    const present = this.narration;
    if (present) return act(present);
    void this.viewer
      .getPlugin<LatePluginsPlugin>('hg-late-plugins')
      ?.use<NarrationPlugin>('hg-narration')
      .then(act, () => undefined);
  }

  /** The scene and view on screen, in the editors' degrees. */
  state(): State {
    const { yaw, pitch } = this.viewer.getPosition();
    const audio = this.narration?.narration;
    return {
      scene: this.sceneId,
      yaw: Math.round((yaw / DEG) * 10) / 10,
      pitch: Math.round((pitch / DEG) * 10) / 10,
      zoom: Math.round(this.viewer.getZoomLevel()),
      narration: !audio?.src ? 'none' : audio.paused ? 'paused' : 'playing',
    };
  }

  /** At most one `view-changed` per throttle window, and always one for the final view. */
  private viewChanged(): void {
    if (this.viewTimer) return;
    const wait = Math.max(0, this.lastView + this.config.throttle! - Date.now());
    this.viewTimer = setTimeout(() => {
      this.viewTimer = undefined;
      this.lastView = Date.now();
      const { scene: _scene, narration: _narration, ...view } = this.state();
      this.post({ hg360: HG360_API_VERSION, type: 'view-changed', ...view });
    }, wait);
  }

  private post(message: EmbedEvent): void {
    // Events carry only what the parent page shows anyway: any parent may hear them.
    if (window.parent !== window) window.parent.postMessage(message, '*');
  }

  private allowed(origin: string): boolean {
    return isAllowedOrigin(origin, this.config.origins!);
  }

  private receive(e: MessageEvent): void {
    const data: unknown = e.data;
    if (e.source !== window.parent || !this.allowed(e.origin)) return;
    if (!data || typeof data !== 'object' || (data as { hg360?: unknown }).hg360 !== HG360_API_VERSION) return;
    const message = data as Record<string, unknown>;
    switch (message.type) {
      case 'goto-scene': {
        const scene = message.scene;
        // Unknown ids are dropped here: the tour plugin would throw on them.
        if (typeof scene === 'string' && SCENE_ID.test(scene) && Object.hasOwn(this.config.titles!, scene) && scene !== this.sceneId) {
          void this.tour?.setCurrentNode(scene).catch(() => undefined);
        }
        break;
      }
      case 'set-view': {
        const yaw = inRange(message.yaw, -360, 360);
        const pitch = inRange(message.pitch, -90, 90);
        const zoom = inRange(message.zoom, 0, 100);
        if (yaw !== undefined || pitch !== undefined) {
          const now = this.viewer.getPosition();
          this.viewer.rotate({ yaw: yaw !== undefined ? yaw * DEG : now.yaw, pitch: pitch !== undefined ? pitch * DEG : now.pitch });
        }
        if (zoom !== undefined) this.viewer.zoom(zoom);
        break;
      }
      case 'get-state': {
        const id = inRange(message.id, 0, Number.MAX_SAFE_INTEGER);
        this.post({ hg360: HG360_API_VERSION, type: 'state', ...(id !== undefined ? { id } : {}), state: this.state() });
        break;
      }
      case 'play-narration':
      case 'pause-narration': {
        const play = message.type === 'play-narration';
        this.withNarration((narration) => {
          if (narration.narration.paused === play) narration.toggleNarration();
        });
        break;
      }
    }
  }
}
