import { AbstractConfigurablePlugin, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { VirtualTourLink, VirtualTourNode, VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { DEG } from '../../../../util/angles.ts';
import { tilesSettled } from '../../tiles-settled.ts';
import { ReducedMotionPlugin } from '../reduced-motion/index.ts';
import { arrivalView, type Arrival } from './arrival.ts';
import type { WalkConfig, WalkScene } from './model.ts';
import { preloadBase, preloadLinks } from './preload.ts';
import { fadeOut, snapshotCanvas } from './snapshot.ts';


type SetCurrentNode = VirtualTourPlugin['setCurrentNode'];

/**
 * Walking through an arrow (issue 17, items 1 and 2): the view turns towards the arrow and zooms in
 * along it (PSV's `animate`), then a still of that last frame lies over the canvas while the next
 * scene is put in place facing the way of travel (arrival.ts) and its tiles in view arrive, and the
 * still fades out: the cross-fade never shows the next scene's 512-px base, as PSV's own fade would.
 * Under `prefers-reduced-motion` only the short fade. Only arrows walk: the gallery, the mini map,
 * the address and VR call `setCurrentNode` without a link (or with their own options) and jump.
 *
 * In the core chunk: the first click on an arrow may come before the late plugins. The virtual
 * tour's own clicks and the keyboard plugin's Enter both call the instance's `setCurrentNode`, which
 * this plugin wraps; the base panoramas of the linked scenes are preloaded when the page is idle
 * and at once when an arrow is hovered or focused (preload.ts).
 */
export class WalkPlugin extends AbstractConfigurablePlugin<WalkConfig> {
  static override readonly id = 'hg-walk';
  static override readonly configParser = utils.getConfigParser<WalkConfig>({ scenes: [], turnMs: 450, zoomIn: 30, fadeMs: 450, reducedFadeMs: 200, sharpTimeoutMs: 1200 });
  static override readonly readonlyOptions = ['scenes'];

  static withConfig(config: WalkConfig): [typeof WalkPlugin, WalkConfig] {
    return [WalkPlugin, config];
  }

  private tour?: VirtualTourPlugin;
  private original?: SetCurrentNode;
  private scenes = new Map<string, WalkScene>();
  /** Counts calls of `setCurrentNode`: a walk gives up when another move started during its turn. */
  private moves = 0;
  /** Walks under way (a second may start while the first fades). */
  private walking = 0;
  private stopPreload?: () => void;
  private pending?: { nodeId: string; done: Promise<boolean> };

  constructor(viewer: Viewer, config: WalkConfig) {
    super(viewer, config);
  }

  override init(): void {
    super.init();
    this.scenes = new Map(this.config.scenes.map((s) => [s.id, s]));
    const tour = (this.tour = this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour'));
    if (!tour) return;
    const original = (this.original = tour.setCurrentNode.bind(tour));
    tour.setCurrentNode = (nodeId, options, fromLink) => {
      if (!fromLink || options) {
        this.moves++;
        return original(nodeId, options, fromLink);
      }
      // A second click (or the same click seen twice, below) joins the walk under way.
      if (this.pending?.nodeId === nodeId) return this.pending.done;
      this.moves++;
      const done = this.walk(nodeId, fromLink).finally(() => {
        if (this.pending?.done === done) delete this.pending;
      });
      this.pending = { nodeId, done };
      return done;
    };
    this.stopPreload = preloadLinks(this.viewer, tour);
    this.viewer.container.addEventListener('click', this.onArrowClick);
  }

  /**
   * PSV follows an arrow only when its click also hits the sphere, and a click on the very centre
   * of an arrow placed on a seam of the tiles' mesh (yaw −90 at pitch −10, for one) hits nothing:
   * the button's own click follows it too (the editor mode keeps its clicks).
   */
  private onArrowClick = (e: MouseEvent): void => {
    const target = (e.target as HTMLElement).closest<HTMLElement>('.hg-link-arrow')?.dataset.target;
    if (!target || this.viewer.container.classList.contains('hg-editing')) return;
    const link = this.tour?.getCurrentNode()?.links?.find((l) => l.nodeId === target);
    if (link) void this.tour!.setCurrentNode(target, undefined, link);
  };

  override destroy(): void {
    this.stopPreload?.();
    this.viewer.container.removeEventListener('click', this.onArrowClick);
    if (this.tour && this.original) delete (this.tour as Partial<Record<'setCurrentNode', unknown>>).setCurrentNode;
    delete this.tour;
    super.destroy();
  }

  /** Where the next scene opens when reached through `link` of the current scene. */
  arrivalFor(nodeId: string, link: VirtualTourLink): Arrival | undefined {
    const current = this.tour?.getCurrentNode() as VirtualTourNode | undefined;
    const from = current && this.scenes.get(current.id);
    const to = this.scenes.get(nodeId);
    if (!from || !to) return undefined;
    // tour-nodes.ts makes the node's links in the order of the scene's; a copy of the link is matched by target.
    const index = current.links?.indexOf(link) ?? -1;
    const ours = index >= 0 ? from.links[index] : from.links.find((l) => l.to === nodeId);
    return ours && arrivalView(from, ours, to);
  }

  private async walk(nodeId: string, link: VirtualTourLink): Promise<boolean> {
    const move = this.moves;
    const viewer = this.viewer;
    const original = this.original!;
    const arrival = this.arrivalFor(nodeId, link);
    const reduced = ReducedMotionPlugin.reduced;
    const container = viewer.container;
    // The next scene's base (preloaded on idle, hover or focus; else fetched now, during the turn).
    const based = preloadBase(viewer, this.tour!, nodeId);
    this.walking++;
    container.dataset.walk = 'turn';
    if (!reduced && link.position) {
      const zoom = Math.min(100, viewer.getZoomLevel() + this.config.zoomIn!);
      const turn = viewer.animate({ ...viewer.dataHelper.cleanPosition(link.position), zoom, speed: this.config.turnMs! });
      await Promise.all([turn, based]);
    } else {
      await based;
    }
    if (move !== this.moves) return this.done(false);
    const still = await snapshotCanvas(viewer);
    container.dataset.walk = 'fade';
    if (!reduced) still.animate([{ transform: 'scale(1)' }, { transform: 'scale(1.12)' }], { duration: this.config.fadeMs! + 600, easing: 'ease-out', fill: 'forwards' });
    let changed = false;
    try {
      changed = await original(nodeId, {
        effect: 'none',
        rotation: false,
        showLoader: false,
        ...(arrival ? { rotateTo: { yaw: arrival.yaw * DEG, pitch: arrival.pitch * DEG }, zoomTo: arrival.zoom } : {}),
      }, link);
      if (changed) await this.sharp();
      await fadeOut(still, reduced ? this.config.reducedFadeMs! : this.config.fadeMs!);
    } finally {
      still.remove();
      this.done(changed);
    }
    return changed;
  }

  private done(changed: boolean): boolean {
    if (--this.walking === 0) delete this.viewer.container.dataset.walk;
    return changed;
  }

  /** Resolves when the tiles in the new view have arrived, or after `sharpTimeoutMs` (a slow link fades in the base). */
  private sharp(): Promise<void> {
    return new Promise((resolve) => {
      const until = performance.now() + this.config.sharpTimeoutMs!;
      const check = () => {
        // Two frames after the last tile, the canvas shows it.
        if (tilesSettled(this.viewer)) requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        else if (performance.now() > until) resolve();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }
}
