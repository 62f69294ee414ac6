/**
 * Waiting for the viewer's first view to be sharp (hg-viewer's `data-state`, its `hg:sharp` event):
 * work that would compete with the first tiles for the link, the CPU or the GPU waits for it.
 */

/**
 * Runs `run` once the view is sharp, or after `limit` ms if the tiles never come (a broken link: the
 * base image stays). Returns the function that cancels it.
 */
export function whenSharp(host: HTMLElement, run: () => void, limit = 8_000): () => void {
  if (host.dataset.state === 'sharp') {
    run();
    return () => undefined;
  }
  const cancel = () => {
    clearTimeout(timer);
    host.removeEventListener('hg:sharp', once);
  };
  const once = () => {
    cancel();
    run();
  };
  const timer = setTimeout(once, limit);
  host.addEventListener('hg:sharp', once);
  return cancel;
}

/**
 * The page's viewer that starts by itself, if there is one: not the home page's hero, which waits for
 * the visitor's interest (`data-start="intent"`), so that a page with only a hero is settled without it.
 */
export function startingViewer(): HTMLElement | null {
  return document.querySelector<HTMLElement>('hg-viewer:not([data-start="intent"])');
}
