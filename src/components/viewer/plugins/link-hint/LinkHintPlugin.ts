import { AbstractConfigurablePlugin, events, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { VirtualTourLink, VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { pointInView, yawDelta } from '../../../../schemas/view-geometry.ts';
import { LinkHintHideEvent, LinkHintShowEvent, type LinkHintEvents } from './events.ts';
import type { LinkHintConfig, LinkHintSide } from './model.ts';
import { DEG } from '../../../../util/angles.ts';

/** Room kept between an arrow's name and the viewer's edge, px. */
const EDGE = 6;

/** What moves the view or the scene: each may bring an arrow into view or take the last one out. */
const VIEWER_EVENTS = [events.ReadyEvent.type, events.PositionUpdatedEvent.type, events.ZoomUpdatedEvent.type, events.SizeUpdatedEvent.type, events.PanoramaLoadEvent.type] as const;

/**
 * The way on is always in sight (issue 16): while none of the scene's arrows is on screen, a
 * pointer at the viewer's edge names the nearest one and turns the view to it when chosen. It is
 * a real button (`data-link-hint`), so keyboard and screen-reader users find the way on too. The
 * arrows' names stay inside the viewer near its edges.
 */
export class LinkHintPlugin extends AbstractConfigurablePlugin<LinkHintConfig, LinkHintConfig, LinkHintConfig, LinkHintEvents> {
  static override readonly id = 'hg-link-hint';

  static withConfig(config: LinkHintConfig): [typeof LinkHintPlugin, LinkHintConfig] {
    return [LinkHintPlugin, config];
  }
  static override readonly configParser = utils.getConfigParser<LinkHintConfig>({
    titles: {},
    label: (title: string) => `Turn towards ${title}`,
    inset: 0.05,
    speed: '12rpm',
  });
  static override readonly readonlyOptions = ['titles'];

  private tour?: VirtualTourPlugin;
  private button?: HTMLButtonElement;
  /** Target and side on screen now, or undefined while hidden. */
  private shown?: { nodeId: string; side: LinkHintSide };
  /** Between the start of a scene change and its end the links on record are the old scene's. */
  private changing = false;
  private readonly onClick = () => void this.turn();
  /** Half the width of each arrow's name, by its preview element. */
  private readonly halfWidths = new WeakMap<HTMLElement, number>();

  constructor(viewer: Viewer, config: LinkHintConfig) {
    super(viewer, config);
  }

  override init(): void {
    super.init();
    this.tour = this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'hg-link-hint';
    button.dataset.linkHint = '';
    button.hidden = true;
    button.addEventListener('click', this.onClick);
    this.viewer.container.append(button);
    this.button = button;
    for (const type of VIEWER_EVENTS) {
      this.viewer.addEventListener(type, this);
    }
    this.viewer.addEventListener(events.RenderEvent.type, this);
    this.tour?.addEventListener('node-changed', this);
  }

  override destroy(): void {
    for (const type of VIEWER_EVENTS) {
      this.viewer.removeEventListener(type, this);
    }
    this.viewer.removeEventListener(events.RenderEvent.type, this);
    this.tour?.removeEventListener('node-changed', this);
    this.button?.removeEventListener('click', this.onClick);
    this.button?.remove();
    super.destroy();
  }

  handleEvent(e: Event): void {
    switch (e.type) {
      case events.PanoramaLoadEvent.type:
        this.changing = true;
        this.hide();
        break;
      case 'node-changed':
        this.changing = false;
        this.update();
        break;
      case events.RenderEvent.type:
        this.fitNames();
        break;
      default:
        if (!this.changing) this.update();
    }
  }

  /** Where the nearest arrow is when none is in view, or undefined when one is (or there are none). */
  nearestHidden(): { link: VirtualTourLink; side: LinkHintSide } | undefined {
    const links = this.tour?.getCurrentNode()?.links ?? [];
    if (links.length === 0 || !this.viewer.state.ready) return undefined;
    const { yaw, pitch } = this.viewer.getPosition();
    const view = { yaw: yaw / DEG, pitch: pitch / DEG, vFov: this.viewer.state.vFov };
    const aspect = this.viewer.state.size.width / Math.max(1, this.viewer.state.size.height);
    const directions = links.map((link) => {
      const position = link.position as { yaw: number; pitch: number };
      return { link, yaw: position.yaw / DEG, pitch: position.pitch / DEG };
    });
    if (directions.some((d) => pointInView(view, aspect, d, this.config.inset))) return undefined;
    const nearest = directions.map((d) => ({ ...d, delta: yawDelta(view.yaw, d.yaw) })).sort((a, b) => Math.abs(a.delta) - Math.abs(b.delta))[0]!;
    return { link: nearest.link, side: nearest.delta >= 0 ? 'right' : 'left' };
  }

  private update(): void {
    const hidden = this.nearestHidden();
    if (!hidden) return this.hide();
    const { link, side } = hidden;
    if (this.shown?.nodeId === link.nodeId && this.shown.side === side) return;
    const title = this.config.titles[link.nodeId] ?? link.nodeId;
    const button = this.button!;
    button.dataset.target = link.nodeId;
    button.dataset.side = side;
    button.setAttribute('aria-label', this.config.label!(title));
    button.textContent = title;
    button.hidden = false;
    this.shown = { nodeId: link.nodeId, side };
    this.dispatchEvent(new LinkHintShowEvent(link.nodeId, side));
  }

  private hide(): void {
    if (!this.shown) return;
    const hadFocus = document.activeElement === this.button;
    const nodeId = this.shown.nodeId;
    this.button!.hidden = true;
    this.shown = undefined;
    // The pointer led here: keyboard focus goes on to the arrow it pointed at.
    // The arrows are drawn on the next render, so the focus moves a frame later.
    if (hadFocus) {
      requestAnimationFrame(() => this.viewer.container.querySelector<HTMLElement>(`.hg-link-arrow[data-target="${CSS.escape(nodeId)}"]`)?.focus());
    }
    this.dispatchEvent(new LinkHintHideEvent());
  }

  /**
   * Keeps each arrow's name inside the viewer. Centred under its arrow, a name was cut off by the
   * viewer's edge when the arrow stood near it (a phone's narrow view: "Cột cờ Lũng…"); it now slides
   * along the edge, still under its arrow. Runs on each frame drawn: a few sums and, only when a name
   * must move, one style write. Each name's width is read once (the arrows are made per scene).
   */
  private fitNames(): void {
    const links = this.tour?.getCurrentNode()?.links;
    if (!links?.length) return;
    const width = this.viewer.state.size.width;
    for (const link of links) {
      const preview = this.viewer.container.querySelector<HTMLElement>(`.hg-link-arrow[data-target="${CSS.escape(link.nodeId)}"] .hg-link-preview`);
      if (!preview) continue;
      let half = this.halfWidths.get(preview);
      if (!half) {
        // 0 while the arrow is not displayed (behind the tourist): read again next time.
        half = (preview.querySelector<HTMLElement>('.hg-link-label')?.offsetWidth ?? 0) / 2;
        if (half) this.halfWidths.set(preview, half);
      }
      const { x } = this.viewer.dataHelper.sphericalCoordsToViewerCoords(link.position as { yaw: number; pitch: number });
      // Past the left edge: move right; past the right edge: move left; else stay centred.
      const shift = Math.round(Math.max(EDGE + half - x, Math.min(0, width - EDGE - half - x)));
      const translate = shift ? `${shift}px 0` : '';
      if (preview.style.translate !== translate) preview.style.translate = translate;
    }
  }

  /** Turns the view to the arrow the pointer names. */
  async turn(): Promise<void> {
    const nodeId = this.shown?.nodeId;
    if (!nodeId || !this.tour) return;
    const instant = this.config.speed === false || matchMedia('(prefers-reduced-motion: reduce)').matches;
    await this.tour.gotoLink(nodeId, instant ? 0 : (this.config.speed as string | number));
  }
}
