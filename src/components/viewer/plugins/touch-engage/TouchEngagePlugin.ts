import { AbstractPlugin, type Viewer } from '@photo-sphere-viewer/core';

/**
 * One finger on a phone does what the tourist means at once, with no scroll trap (issue 16): a
 * swipe that starts sideways turns the view (and may then go up and down freely), a swipe that
 * starts up or down scrolls the page and leaves the view alone. In fullscreen there is no page to
 * scroll, so every swipe turns the view. Two fingers always pinch-zoom and turn.
 *
 * How: the first move of a one-finger touch decides. Chromium starts scrolling on that move unless
 * it is cancelled, and PSV cancels every move it handles; so for an up-and-down start PSV's
 * `mousemove` is switched off until the finger lifts (PSV then neither moves nor cancels).
 */
export class TouchEngagePlugin extends AbstractPlugin {
  static override readonly id = 'hg-touch-engage';

  private readonly host: HTMLElement;
  private start?: { x: number; y: number };
  /** The gesture in progress scrolls the page. */
  private scrolling = false;

  constructor(viewer: Viewer, host: HTMLElement) {
    super(viewer);
    this.host = host;
  }

  override init(): void {
    this.viewer.setOptions({ touchmoveTwoFingers: false, mousemove: true });
    // Capture on the container: before PSV's own listeners (touchmove is PSV's on window).
    this.viewer.container.addEventListener('touchstart', this, { capture: true, passive: true });
    this.viewer.container.addEventListener('touchmove', this, { capture: true, passive: true });
    // Capture on window: before PSV's touchend, which would try to cancel a scroll's touchend
    // (Chromium logs an intervention for that).
    window.addEventListener('touchend', this, { capture: true });
    window.addEventListener('touchcancel', this, { capture: true });
  }

  override destroy(): void {
    this.viewer.container.removeEventListener('touchstart', this, { capture: true });
    this.viewer.container.removeEventListener('touchmove', this, { capture: true });
    window.removeEventListener('touchend', this, { capture: true });
    window.removeEventListener('touchcancel', this, { capture: true });
    super.destroy();
  }

  handleEvent(e: Event): void {
    const touches = (e as TouchEvent).touches;
    switch (e.type) {
      case 'touchstart':
        if (touches.length === 1) {
          this.start = { x: touches[0]!.clientX, y: touches[0]!.clientY };
        } else {
          // A second finger: pinch and turn, whatever the first one started.
          this.start = undefined;
          this.setScrolling(false);
        }
        break;
      case 'touchmove': {
        if (!this.start || touches.length !== 1) return;
        const dx = Math.abs(touches[0]!.clientX - this.start.x);
        const dy = Math.abs(touches[0]!.clientY - this.start.y);
        this.start = undefined;
        if (dy > dx && !this.fullscreen) this.setScrolling(true);
        break;
      }
      default:
        if (touches.length === 0) {
          this.start = undefined;
          // The page scrolled: PSV has nothing to finish (no click, no move), so it does not hear of it.
          if (this.scrolling) e.stopPropagation();
          this.setScrolling(false);
        }
    }
  }

  private get fullscreen(): boolean {
    return this.viewer.isFullscreenEnabled() || this.host.classList.contains('hg-pseudo-fullscreen');
  }

  private setScrolling(scrolling: boolean): void {
    if (this.scrolling === scrolling) return;
    this.scrolling = scrolling;
    this.viewer.setOption('mousemove', !scrolling);
  }
}
