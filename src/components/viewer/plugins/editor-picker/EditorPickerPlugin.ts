import { AbstractConfigurablePlugin, events, utils, type Position, type Viewer } from '@photo-sphere-viewer/core';
import type { MarkersPlugin } from '@photo-sphere-viewer/markers-plugin';
import type { VirtualTourPlugin } from '@photo-sphere-viewer/virtual-tour-plugin';
import { DEG } from '../../../../util/angles.ts';
import type { EditorPickerConfig } from './model.ts';
import { EditorPanel, type PanelState } from './panel.ts';
import { areaHotspotSnippet, freeHotspotId, hotspotSnippet, linkSnippet, movedHotspotSnippet, toEditorPoint, viewSnippet } from './snippets.ts';

/** Marker showing the last picked point. */
const PICK_MARKER = 'hg-editor-pick';
/** Marker of the area being drawn: a line through the corners, a polygon once closed. */
const AREA_MARKER = 'hg-editor-area';
/** Remembered per tab: the deep-link plugin rewrites the address, which drops `?edit`. */
const SESSION_KEY = 'hg360-editor-mode';
/** Viewer events the picker follows: clicks to pick, moves and zooms for the `view:` line. */
const VIEWER_EVENTS = [events.ClickEvent.type, events.PositionUpdatedEvent.type, events.ZoomUpdatedEvent.type] as const;
/** Under this many pixels a press on an arrow or hotspot is a click (show its position), not a drag. */
const DRAG_THRESHOLD = 4;

/** The parts of the virtual tour plugin's link arrows the picker moves (PSV internals, dev only). */
interface ArrowObject {
  element: HTMLElement;
  position: unknown;
}
type LinkElement = HTMLElement & { tourLink?: { nodeId: string; position: Position } };

/**
 * Editor mode for `astro dev` (docs/editing.md): click the panorama to read a position in the
 * editors' degrees and copy a ready-to-paste YAML line (link or hotspot); drag existing arrows
 * and hotspots to get their new position; draw an area hotspot corner by corner (Enter closes it,
 * Escape cancels); the current `view:` line is always shown. Toggled with
 * the E key or `?edit`. Never part of a production build: hg-viewer.ts imports it only when
 * `import.meta.env.DEV`.
 */
export class EditorPickerPlugin extends AbstractConfigurablePlugin<EditorPickerConfig> {
  static override readonly id = 'hg-editor-picker';
  static override readonly configParser = utils.getConfigParser<EditorPickerConfig>({ scenes: [], active: false });
  static override readonly readonlyOptions = ['scenes'];

  active = false;
  private panel!: EditorPanel;
  private state: PanelState | undefined;
  private hasPickMarker = false;
  private hasAreaMarker = false;
  private viewFrame = 0;
  /** The scene the editor walked in from: the arrival line starts with its arrow. */
  private cameFrom: string | undefined;

  constructor(viewer: Viewer, config: EditorPickerConfig) {
    super(viewer, config);
  }

  private get markers(): MarkersPlugin | undefined {
    return this.viewer.getPlugin<MarkersPlugin>('markers');
  }

  private get tour(): VirtualTourPlugin | undefined {
    return this.viewer.getPlugin<VirtualTourPlugin>('virtual-tour');
  }

  override init(): void {
    super.init();
    this.panel = new EditorPanel({
      onInput: () => this.render(true),
      onCopy: (text) => void this.copy(text),
      onClose: () => this.toggle(false),
      onArrivalInput: () => this.renderArrival(),
    });
    this.viewer.container.append(this.panel.root);
    for (const type of VIEWER_EVENTS) this.viewer.addEventListener(type, this);
    this.tour?.addEventListener('node-changed', this);
    document.addEventListener('keydown', this.onKey);
    // Capture: Enter and Escape end a drawing before the keyboard plugin (panels, fullscreen) hears them.
    document.addEventListener('keydown', this.onDrawKey, true);
    // Capture phase: the press must not reach PSV (rotation, clicks that follow links or open panels).
    this.viewer.container.addEventListener('mousedown', this.onPress, true);
    this.viewer.container.addEventListener('touchstart', this.onPress, { capture: true, passive: false });
    this.viewer.container.addEventListener('pointerdown', this.onPointerDown, true);
    this.viewer.container.addEventListener('click', this.onCornerClick);
    this.toggle(this.config.active || sessionStorage.getItem(SESSION_KEY) === '1');
  }

  override destroy(): void {
    for (const type of VIEWER_EVENTS) this.viewer.removeEventListener(type, this);
    this.tour?.removeEventListener('node-changed', this);
    document.removeEventListener('keydown', this.onKey);
    document.removeEventListener('keydown', this.onDrawKey, true);
    this.viewer.container.removeEventListener('mousedown', this.onPress, true);
    this.viewer.container.removeEventListener('touchstart', this.onPress, true);
    this.viewer.container.removeEventListener('pointerdown', this.onPointerDown, true);
    this.viewer.container.removeEventListener('click', this.onCornerClick);
    cancelAnimationFrame(this.viewFrame);
    this.panel.root.remove();
    super.destroy();
  }

  /** Turns editor mode on or off (E key, the panel's × button). */
  toggle(on = !this.active): void {
    this.active = on;
    sessionStorage.setItem(SESSION_KEY, on ? '1' : '0');
    this.panel.root.hidden = !on;
    this.viewer.container.classList.toggle('hg-editing', on);
    if (!on) this.removePickMarker();
    if (!on) this.removeAreaMarker();
    else this.onSceneChange();
  }

  handleEvent(e: Event): void {
    if (!this.active) return;
    // By type, not instanceof: Vite's dev server may hand this lazily loaded module its own copy of PSV's classes.
    if (e.type === events.ClickEvent.type && e instanceof Event && 'data' in e) {
      const { data } = e as events.ClickEvent;
      if (data.rightclick || this.panel.kind === 'area') return; // corners come from onCornerClick
      this.state = { mode: 'pick', point: toEditorPoint(data) };
      this.showPickMarker({ yaw: data.yaw, pitch: data.pitch });
      this.render(true);
    } else if (e.type === 'node-changed') {
      this.cameFrom = (e as Event & { data?: { fromNode?: { id: string } } }).data?.fromNode?.id;
      this.onSceneChange();
    } else {
      cancelAnimationFrame(this.viewFrame);
      this.viewFrame = requestAnimationFrame(() => {
        this.panel.setView(viewSnippet(this.viewer.getPosition(), this.viewer.getZoomLevel()));
        this.renderArrival();
      });
    }
  }

  private onKey = (e: KeyboardEvent): void => {
    if (e.key.toLowerCase() !== 'e' || e.ctrlKey || e.metaKey || e.altKey) return;
    if ((e.target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable]')) return;
    this.toggle();
  };

  /** Enter closes the area being drawn (3 corners or more), Escape throws it away. */
  private onDrawKey = (e: KeyboardEvent): void => {
    const s = this.state;
    if (!this.active || s?.mode !== 'area' || s.closed) return;
    // Not while typing the id; the kind's radio buttons may keep focus (PSV keeps clicks on the photo from taking it).
    if ((e.target as HTMLElement | null)?.closest?.('input:not([type="radio"]), textarea, select, [contenteditable]')) return;
    if (e.key === 'Enter' && s.corners.length >= 3) {
      e.preventDefault();
      e.stopPropagation();
      this.state = { ...s, closed: true };
      this.showArea(s.corners, true);
      this.render(true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.state = undefined;
      this.removeAreaMarker();
      this.removePickMarker();
      this.render();
    }
  };

  private pressedAt = { x: 0, y: 0 };
  private onPointerDown = (e: PointerEvent): void => {
    this.pressedAt = { x: e.clientX, y: e.clientY };
  };

  /**
   * A click on the photo in area mode: one more corner. Read from the DOM click, not PSV's click
   * event: PSV swallows a second click within 300 ms (its double-click window), and corners are
   * often clicked that fast. A press that dragged the view is no corner.
   */
  private onCornerClick = (e: MouseEvent): void => {
    if (!this.active || this.panel.kind !== 'area' || e.button !== 0) return;
    if (!(e.target as Element).closest('.psv-canvas-container')) return;
    if (Math.hypot(e.clientX - this.pressedAt.x, e.clientY - this.pressedAt.y) > DRAG_THRESHOLD) return;
    this.addCorner(this.positionAt(e.clientX, e.clientY));
  };

  /** One more corner (a new area once the last one was closed). */
  private addCorner(position: Position): void {
    const point = toEditorPoint(position);
    const s = this.state;
    const corners = s?.mode === 'area' && !s.closed ? [...s.corners, point] : [point];
    this.state = { mode: 'area', point, corners, closed: false };
    this.showPickMarker(position);
    this.showArea(corners, false);
    this.render();
  }

  /** Draws the corners so far as a line, or the closed outline as the viewer will show it. */
  private showArea(corners: readonly { yaw: number; pitch: number }[], closed: boolean): void {
    const markers = this.markers;
    if (!markers) return;
    this.removeAreaMarker();
    if (corners.length < 2) return;
    const points = corners.map((c): [number, number] => [c.yaw * DEG, c.pitch * DEG]);
    markers.addMarker({ id: AREA_MARKER, ...(closed ? { polygon: points } : { polyline: points }), className: AREA_MARKER, svgStyle: {} });
    this.hasAreaMarker = true;
  }

  private removeAreaMarker(): void {
    if (this.hasAreaMarker) this.markers?.removeMarker(AREA_MARKER);
    this.hasAreaMarker = false;
  }

  /** The scene changed (or editor mode started): new link targets, a free hotspot id, a fresh view. */
  private onSceneChange(): void {
    const current = this.tour?.getCurrentNode()?.id;
    this.panel.setScenes(this.config.scenes.filter((s) => s.id !== current));
    const taken = (this.tour?.getCurrentNode()?.markers ?? []).map((m) => String((m.data as { hotspotId?: string } | undefined)?.hotspotId ?? ''));
    this.panel.setHotspotId(freeHotspotId(taken));
    this.hasPickMarker = false; // the tour plugin replaced the scene's markers
    this.hasAreaMarker = false;
    this.state = undefined;
    this.render();
    this.panel.setView(viewSnippet(this.viewer.getPosition(), this.viewer.getZoomLevel()));
    this.panel.setArrivalSources(this.config.scenes.filter((s) => s.links.some((l) => l.to === current)), this.cameFrom);
    this.renderArrival();
  }

  /** The arrow line of the chosen scene that leads here, with `arrive:` = the view on screen. */
  private renderArrival(): void {
    const current = this.tour?.getCurrentNode()?.id;
    const from = this.config.scenes.find((s) => s.id === this.panel.arrivalSource);
    const link = from?.links.find((l) => l.to === current);
    if (!from || !link || !current) return;
    this.panel.setArrival(from.id, linkSnippet(current, { yaw: link.yaw, pitch: link.pitch }, toEditorPoint(this.viewer.getPosition())));
  }

  /** Writes the snippet for the current state; `copy` also puts it on the clipboard. */
  private render(copy = false): void {
    const s = this.state;
    const text = !s
      ? ''
      : s.mode === 'area'
        ? s.closed
          ? areaHotspotSnippet(this.panel.hotspotIdValue, s.corners)
          : ''
        : s.mode === 'moved-link'
        ? linkSnippet(s.to, s.point)
        : s.mode === 'moved-hotspot'
          ? movedHotspotSnippet(s.id, s.point)
          : this.panel.kind === 'link'
            ? linkSnippet(this.panel.targetScene || 'ten-canh', s.point)
            : hotspotSnippet(this.panel.hotspotIdValue, s.point);
    this.panel.showState(s, text);
    if (copy && text) void this.copy(text);
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.panel.setStatus('Đã sao chép, dán vào tệp .mdx. [Copied: paste it into the .mdx file.]');
    } catch {
      this.panel.setStatus('Không sao chép được: chọn đoạn chữ rồi bấm Ctrl+C. [Could not copy: select the text and press Ctrl+C.]');
    }
  }

  private showPickMarker(position: Position): void {
    const markers = this.markers;
    if (!markers) return;
    if (this.hasPickMarker) markers.updateMarker({ id: PICK_MARKER, position });
    else markers.addMarker({ id: PICK_MARKER, position, html: '<span></span>', className: 'hg-editor-pick', size: { width: 24, height: 24 }, anchor: 'center center' });
    this.hasPickMarker = true;
  }

  private removePickMarker(): void {
    if (this.hasPickMarker) this.markers?.removeMarker(PICK_MARKER);
    this.hasPickMarker = false;
  }

  /** Where a point of the window falls on the panorama. */
  private positionAt(clientX: number, clientY: number): Position {
    const box = this.viewer.container.getBoundingClientRect();
    return this.viewer.dataHelper.viewerCoordsToSphericalCoords({ x: clientX - box.left, y: clientY - box.top });
  }

  /** A press on an arrow or hotspot: follow the pointer until it is released, then show the snippet. */
  private onPress = (e: MouseEvent | TouchEvent): void => {
    if (!this.active) return;
    const target = (e.target as HTMLElement).closest<HTMLElement>('.hg-hotspot, .psv-virtual-tour-link');
    if (!target) return;
    e.stopPropagation();
    e.preventDefault();
    const start = 'touches' in e ? e.touches[0]! : e;
    const [x0, y0] = [start.clientX, start.clientY];
    const hotspotId = target.dataset.hotspot;
    const link = (target as LinkElement).tourLink;
    let dragged = false;
    const move = (ev: PointerEvent) => {
      dragged ||= Math.hypot(ev.clientX - x0, ev.clientY - y0) > DRAG_THRESHOLD;
      if (dragged) this.moveItem(target, hotspotId, link, this.positionAt(ev.clientX, ev.clientY));
    };
    const end = (ev: PointerEvent) => {
      window.removeEventListener('pointermove', move, true);
      window.removeEventListener('pointerup', end, true);
      const position = dragged ? this.positionAt(ev.clientX, ev.clientY) : hotspotId ? this.markers?.getMarker(`hotspot-${hotspotId}`).config.position : link?.position;
      if (!position || typeof (position as Position).yaw !== 'number') return;
      if (dragged) this.moveItem(target, hotspotId, link, position as Position);
      const point = toEditorPoint(position as Position);
      this.state = hotspotId ? { mode: 'moved-hotspot', point, id: hotspotId } : { mode: 'moved-link', point, to: link?.nodeId ?? '' };
      this.render(true);
    };
    window.addEventListener('pointermove', move, true);
    window.addEventListener('pointerup', end, true);
  };

  private moveItem(target: HTMLElement, hotspotId: string | undefined, link: { position: Position } | undefined, position: Position): void {
    if (hotspotId) {
      this.markers?.updateMarker({ id: `hotspot-${hotspotId}`, position });
      return;
    }
    if (!link) return;
    link.position = position;
    // Link arrows are CSS2D objects of the tour plugin's private renderer: move the one holding this element.
    const renderer = (this.tour as unknown as { arrowsRenderer?: { scene?: { children: ArrowObject[] } } })?.arrowsRenderer;
    const object = renderer?.scene?.children.find((o) => o.element === target);
    if (object) {
      this.viewer.dataHelper.sphericalCoordsToVector3(position, object.position as never);
      this.viewer.needsUpdate();
    }
  }
}
