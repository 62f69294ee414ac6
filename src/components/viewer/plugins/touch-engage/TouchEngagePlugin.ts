import { AbstractPlugin, events, type Viewer } from '@photo-sphere-viewer/core';

/**
 * No scroll trap on phones: a one-finger swipe over the viewer scrolls the page (PSV asks for two
 * fingers) until the tourist taps the viewer; from then on one finger looks around, until the
 * viewer leaves the screen.
 */
export class TouchEngagePlugin extends AbstractPlugin {
  static override readonly id = 'hg-touch-engage';

  private readonly host: HTMLElement;
  private observer?: IntersectionObserver;
  private readonly engage = () => this.viewer.setOption('touchmoveTwoFingers', false);

  constructor(viewer: Viewer, host: HTMLElement) {
    super(viewer);
    this.host = host;
  }

  override init(): void {
    this.viewer.setOption('touchmoveTwoFingers', true);
    // PSV's own click event: on touch screens PSV cancels the browser's synthetic click.
    this.viewer.addEventListener(events.ClickEvent.type, this.engage);
    this.observer = new IntersectionObserver((entries) => {
      if (entries.every((e) => !e.isIntersecting)) this.viewer.setOption('touchmoveTwoFingers', true);
    });
    this.observer.observe(this.host);
  }

  override destroy(): void {
    this.viewer.removeEventListener(events.ClickEvent.type, this.engage);
    this.observer?.disconnect();
    super.destroy();
  }
}
