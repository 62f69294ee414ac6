import { AbstractPlugin, type Viewer } from '@photo-sphere-viewer/core';

const CONTROLS = '.psv-navbar .psv-button[tabindex], .psv-map__button';

/**
 * PSV's navbar buttons are focusable <div>s named only by a tooltip, and the mini map's buttons
 * are not focusable at all: this gives them the button role, their name, a place in the Tab order
 * and Enter/Space, and keeps names in step when PSV changes a tooltip (fullscreen on/off) or a
 * late plugin adds controls.
 */
export class AccessibleControlsPlugin extends AbstractPlugin {
  static override readonly id = 'hg-accessible-controls';

  private readonly observer = new MutationObserver(() => this.fix());

  constructor(viewer: Viewer) {
    super(viewer);
  }

  override init(): void {
    this.observer.observe(this.viewer.container, { subtree: true, childList: true, attributes: true, attributeFilter: ['title'] });
    this.fix();
  }

  override destroy(): void {
    this.observer.disconnect();
    super.destroy();
  }

  private fix(): void {
    for (const el of this.viewer.container.querySelectorAll<HTMLElement>(CONTROLS)) {
      if (el.getAttribute('role') !== 'button') el.setAttribute('role', 'button');
      if (!el.hasAttribute('tabindex')) {
        // The map's buttons: PSV's own already take Enter.
        el.tabIndex = 0;
        el.addEventListener('keydown', onKey);
      }
      const name = el.classList.contains('psv-caption') ? el.textContent?.trim() : el.title;
      if (name && el.getAttribute('aria-label') !== name) el.setAttribute('aria-label', name);
    }
  }
}

function onKey(e: KeyboardEvent): void {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    (e.currentTarget as HTMLElement).click();
  }
}
