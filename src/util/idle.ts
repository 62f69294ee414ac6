/**
 * Waiting for the page to have a moment, shared by the viewer's plugins and the offline worker's
 * registration: work that is not needed for the frame on screen (late plugins, the next scenes'
 * bases, shader checks, the worker's install) waits for it.
 */

/**
 * Runs `run` when the browser is idle, at the latest after `timeout` ms; without
 * requestIdleCallback (Safari) after a fifth of it. Returns the function that cancels it.
 */
export function whenIdle(run: () => void, timeout: number): () => void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(() => run(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, timeout / 5);
  return () => clearTimeout(id);
}

/** Lets the browser handle input and draw before going on (`scheduler.yield` where there is one). */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
