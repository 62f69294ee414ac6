import { AbstractPlugin, type Viewer } from '@photo-sphere-viewer/core';

/** Navbar button id, declared by create-viewer.ts in place of 'fullscreen' where the API is missing. */
export const PSEUDO_FULLSCREEN_BUTTON = 'hg-pseudo-fullscreen';

/**
 * Fullscreen where the Fullscreen API is missing (iPhone Safari): the viewer is laid over the
 * whole window with CSS, page scrolling is frozen, and Escape or the button restores the page.
 */
export class PseudoFullscreenPlugin extends AbstractPlugin {
  static override readonly id = 'hg-pseudo-fullscreen';

  active = false;
  private readonly host: HTMLElement;
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.active) this.toggle();
  };

  constructor(viewer: Viewer, host: HTMLElement) {
    super(viewer);
    this.host = host;
  }

  /** True when the browser has no usable Fullscreen API. */
  static get needed(): boolean {
    return !document.fullscreenEnabled;
  }

  override init(): void {
    window.addEventListener('keydown', this.onKey);
  }

  override destroy(): void {
    window.removeEventListener('keydown', this.onKey);
    if (this.active) this.toggle();
    super.destroy();
  }

  toggle(): void {
    this.active = !this.active;
    this.host.classList.toggle('hg-pseudo-fullscreen', this.active);
    document.documentElement.classList.toggle('hg-scroll-lock', this.active);
    const button = this.viewer.navbar.getButton(PSEUDO_FULLSCREEN_BUTTON, false);
    button?.toggleActive(this.active);
    button?.container.setAttribute('aria-pressed', String(this.active));
    // The canvas must follow its new size.
    requestAnimationFrame(() => this.viewer.autoSize());
  }
}
