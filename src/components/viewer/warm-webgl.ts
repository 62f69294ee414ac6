/**
 * The first WebGL context a page makes pays the GPU's start-up: measured at 400–800 ms of blocked
 * main thread on this project's software GPU (BENCHMARKS.md, "First view trace"), and that was in
 * the way of the first live frame. A context made in a worker pays it off the main thread, while
 * the viewer's chunk downloads and runs; the viewer's own context then takes a few ms.
 */
export function warmWebgl(): void {
  if (typeof OffscreenCanvas === 'undefined' || typeof Worker === 'undefined') return;
  try {
    const worker = new Worker(new URL('./warm-webgl.worker.ts', import.meta.url), { type: 'module' });
    const done = () => worker.terminate();
    worker.addEventListener('message', done, { once: true });
    worker.addEventListener('error', done, { once: true });
  } catch {
    // No worker (a strict Content-Security-Policy, an old browser): the viewer pays on its own.
  }
}
