/**
 * The first WebGL context a page makes pays the GPU's start-up: measured at 300–900 ms of blocked
 * main thread on this project's software GPU (BENCHMARKS.md, "First view trace"), and that was in
 * the way of the first live frame. A context made in a worker (public/warm-webgl.js) pays it off the
 * main thread, while the poster paints and the viewer's chunks download.
 *
 * The viewer waits for the worker (never longer than WARM_WAIT_MS) before it makes its own
 * contexts: the start-up is then waited for without blocking the page, and the viewer's contexts
 * take a few ms. Without the wait, a chunk that arrived first (localhost, a warm cache) made its
 * context while the GPU was still starting and blocked the main thread for all of it.
 *
 * A viewer that starts at once has its worker started by an inline script under its poster
 * (SceneViewer.astro, `warmGpuScript`), while the page is still being read: ≈ 100 ms before any
 * module runs, and the start-up (≈ 300 ms here) was the last thing the first frame waited for on
 * a fast link (BENCHMARKS.md, "First view: turn 7"). The home page's hero starts it on interest.
 */

/** Longest wait for the worker: past it the viewer goes on and pays the start-up itself, as before. */
const WARM_WAIT_MS = 2000;

/** The worker's file (public/, so outside the bundle; in the offline shell, src/integrations/offline.ts). */
const WORKER_URL = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}warm-webgl.js`;

declare global {
  interface Window {
    /** Set by the inline script: settles when the worker has made its context (or could not). */
    hgGpuWarming?: Promise<void>;
  }
}

/** Starts the worker, unless the page did; resolves when its context is made (or failed, or the wait ran out). */
export function warmWebgl(): Promise<void> {
  const warming = window.hgGpuWarming ?? startWorker();
  return Promise.race([warming, new Promise<void>((resolve) => setTimeout(resolve, WARM_WAIT_MS))]);
}

/** What the inline script does, here for the viewers it did not start (the hero). */
function startWorker(): Promise<void> {
  if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') return Promise.resolve();
  try {
    const worker = new Worker(WORKER_URL);
    return new Promise((resolve) => {
      worker.onmessage = worker.onerror = () => {
        worker.terminate();
        resolve();
      };
    });
  } catch {
    // No worker (a strict Content-Security-Policy, an old browser): the viewer pays on its own.
    return Promise.resolve();
  }
}

/**
 * The inline script's text (SceneViewer.astro): the same as `startWorker`, written out because an
 * inline script cannot import it. Its hash goes into the Content-Security-Policy with the page's other
 * inline scripts.
 */
export function warmGpuScript(): string {
  return `if(self.OffscreenCanvas&&self.Worker)try{let w=new Worker(${JSON.stringify(WORKER_URL)});window.hgGpuWarming=new Promise(function(r){w.onmessage=w.onerror=function(){w.terminate();r()}})}catch(e){}`;
}
