/**
 * The first WebGL context a page makes pays the GPU's start-up: measured at 300–900 ms of blocked
 * main thread on this project's software GPU (BENCHMARKS.md, "First view trace"), and that was in
 * the way of the first live frame. A context made in a worker pays it off the main thread, while
 * the viewer's chunk downloads and runs.
 *
 * The viewer waits for the worker (never longer than WARM_WAIT_MS) before it makes its own
 * contexts: the start-up is then waited for without blocking the page, and the viewer's contexts
 * take a few ms. Without the wait, a chunk that arrived first (localhost, a warm cache) made its
 * context while the GPU was still starting and blocked the main thread for all of it.
 */

/** Longest wait for the worker: past it the viewer goes on and pays the start-up itself, as before. */
const WARM_WAIT_MS = 2000;

/** Starts the worker; resolves when its context is made (or failed, or the wait ran out). */
export function warmWebgl(): Promise<void> {
  if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    try {
      const worker = new Worker(new URL('./warm-webgl.worker.ts', import.meta.url), { type: 'module' });
      const done = () => {
        clearTimeout(timer);
        worker.terminate();
        resolve();
      };
      const timer = setTimeout(done, WARM_WAIT_MS);
      worker.addEventListener('message', done, { once: true });
      worker.addEventListener('error', done, { once: true });
    } catch {
      // No worker (a strict Content-Security-Policy, an old browser): the viewer pays on its own.
      resolve();
    }
  });
}
