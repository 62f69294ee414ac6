import { AbstractConfigurablePlugin, utils, type Viewer } from '@photo-sphere-viewer/core';
import type { MarkersPlugin } from '@photo-sphere-viewer/markers-plugin';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { AREA_SELECTOR, labelAreas, pressArea } from './areas.ts';
import { createHelpDialog } from './help-dialog.ts';
import type { KeyboardConfig } from './model.ts';

/** Navbar button id of the help overlay (HelpButton). */
export const HELP_BUTTON = 'hg-help';

/**
 * The whole tour by keyboard. Arrow keys and +/− act only while focus is inside the viewer, so
 * the page keeps its own keys (no trap). Tab walks the hotspots and arrows, which are real
 * buttons (area hotspots' outlines are made focusable, areas.ts); Enter opens a hotspot's panel (focus moves into it) or follows an arrow; Escape closes
 * the help, then the panel (focus returns to its hotspot), then leaves fullscreen, then puts focus
 * on the viewer region itself so the next Tab leaves it. `?` shows the help.
 */
export class KeyboardPlugin extends AbstractConfigurablePlugin<KeyboardConfig> {
  static override readonly id = 'hg-keyboard';
  static override readonly configParser = utils.getConfigParser<KeyboardConfig>({ host: null as never, strings: null as never });
  static override readonly readonlyOptions = ['host', 'strings'];

  private help!: HTMLDialogElement;
  private lastHotspot?: HTMLElement | SVGElement;
  private readonly onSetMarkers = () => {
    if (this.markers) labelAreas(this.markers);
  };
  private readonly listeners: [EventTarget, string, EventListener][] = [];

  constructor(viewer: Viewer, config: KeyboardConfig) {
    super(viewer, config);
  }

  override init(): void {
    super.init();
    this.help = createHelpDialog(this.config.strings);
    this.viewer.container.append(this.help);
    const host = this.config.host;
    this.listen(host, 'focusin', () => this.viewer.startKeyboardControl());
    this.listen(host, 'focusout', (e) => {
      const { target, relatedTarget } = e as FocusEvent;
      if (host.contains(relatedTarget as Node | null)) return;
      // A focused hotspot or arrow that turns out of view loses focus without anyone leaving the
      // viewer: keep the keys (a held arrow key would otherwise never hear its keyup and spin on).
      if (target instanceof Element && target !== host && host.contains(target) && !target.checkVisibility({ visibilityProperty: true })) {
        host.focus({ preventScroll: true });
        return;
      }
      this.viewer.stopKeyboardControl();
    });
    this.listen(host, 'keydown', (e) => this.onKeyDown(e as KeyboardEvent));
    // Keyboard "clicks" (detail 0) on our buttons: PSV only handles pointer clicks on the canvas.
    this.listen(host, 'click', (e) => this.onClick(e as MouseEvent));
    // Each scene brings its markers: name and focus its area outlines (the first scene's are there already).
    this.markers?.addEventListener('set-markers', this.onSetMarkers);
    this.onSetMarkers();
    // The plugin arrives after the first frame (late chunk): focus may be inside already.
    if (host.contains(document.activeElement)) this.viewer.startKeyboardControl();
  }

  override destroy(): void {
    for (const [target, type, listener] of this.listeners) target.removeEventListener(type, listener);
    this.markers?.removeEventListener('set-markers', this.onSetMarkers);
    this.help.remove();
    super.destroy();
  }

  private listen(target: EventTarget, type: string, listener: EventListener): void {
    target.addEventListener(type, listener);
    this.listeners.push([target, type, listener]);
  }

  toggleHelp(): void {
    if (this.help.open) this.help.close();
    else this.help.showModal();
  }

  private get markers(): MarkersPlugin | undefined {
    return this.viewer.getPlugin<MarkersPlugin>('markers');
  }

  private onClick(e: MouseEvent): void {
    if (e.detail !== 0) return;
    const target = e.target as HTMLElement;
    const hotspot = target.closest<HTMLElement | SVGElement>(`.hg-hotspot, ${AREA_SELECTOR}`);
    const arrow = target.closest<HTMLElement>('.hg-link-arrow');
    if (hotspot?.dataset.hotspot) {
      this.lastHotspot = hotspot;
      this.markers?.showMarkerPanel(`hotspot-${hotspot.dataset.hotspot}`);
      requestAnimationFrame(() => this.viewer.container.querySelector<HTMLElement>('.hg-panel h2')?.focus());
    } else if (arrow?.dataset.target) {
      const tour = this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
      const link = tour?.getCurrentNode()?.links?.find((l) => l.nodeId === arrow.dataset.target);
      void tour?.setCurrentNode(arrow.dataset.target, undefined, link);
      // The arrow is about to disappear with its scene: keep focus in the viewer.
      this.config.host.focus();
    }
  }

  private onKeyDown(e: KeyboardEvent): void {
    const typing = (e.target as HTMLElement).closest('input, textarea, select, [contenteditable]');
    if (pressArea(e)) return;
    if (e.key === '?' && !typing) {
      e.preventDefault();
      this.toggleHelp();
    } else if (e.key === 'Escape') {
      if (this.help.open) return; // the dialog closes itself
      if (this.viewer.panel.isVisible()) {
        e.preventDefault();
        this.viewer.panel.hide();
        this.lastHotspot?.focus();
      } else if (this.viewer.isFullscreenEnabled()) {
        this.viewer.exitFullscreen();
      } else if (document.activeElement !== this.config.host) {
        this.config.host.focus();
      }
    }
  }
}
