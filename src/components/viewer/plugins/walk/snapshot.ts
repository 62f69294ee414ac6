import type { Viewer } from '@photo-sphere-viewer/core';

/**
 * A still of the viewer's next frame, laid over the canvas (under arrows, markers and navbar).
 * WebGL's drawing buffer is only readable in the task that drew it: the copy is made in PSV's
 * `render` event, right after three.js drew the frame.
 */
export function snapshotCanvas(viewer: Viewer): Promise<HTMLCanvasElement> {
  const source = (viewer.renderer as unknown as { renderer: { domElement: HTMLCanvasElement } }).renderer.domElement;
  return new Promise((resolve) => {
    viewer.addEventListener(
      'render',
      () => {
        const still = document.createElement('canvas');
        still.className = 'hg-walk-still';
        still.width = source.width;
        still.height = source.height;
        still.getContext('2d')?.drawImage(source, 0, 0);
        // CSSOM, not a style attribute: allowed under the site's Content-Security-Policy.
        Object.assign(still.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', pointerEvents: 'none' });
        source.after(still);
        resolve(still);
      },
      { once: true },
    );
    viewer.needsUpdate();
  });
}

/** Fades the still out, revealing the live canvas under it. */
export async function fadeOut(still: HTMLElement, duration: number): Promise<void> {
  still.dataset.fadeMs = String(duration);
  await still.animate([{ opacity: 1 }, { opacity: 0 }], { duration, easing: 'ease-in-out', fill: 'forwards' }).finished.catch(() => undefined);
}
