/**
 * What the benchmark injects into every page before the page's own scripts (Playwright `addInitScript`).
 *
 * Why read the WebGL canvas instead of polling screenshots: a screenshot sees whatever is on top — an `<img>`
 * poster identical to the view, a loading box — and cannot tell "the poster is up" from "the panorama is
 * drawn". Reading the canvas answers exactly "does the WebGL canvas show the panorama", with the page's own
 * `performance.now()` as the clock (ms since navigation start). Every WebGL context is created with
 * `preserveDrawingBuffer: true` so the canvas can be read outside its render task (a copy per frame instead of
 * a swap: small, and the same for every contender).
 *
 * Why a worker: reading pixels is a GPU sync point — it waits for every queued upload and draw, ~20 ms per read
 * while a viewer is busy with tiles under SwiftShader. Done with readPixels on the main thread that delayed the
 * viewers' own work by 20–40 %. Here the main thread only takes an asynchronous snapshot
 * (`createImageBitmap(canvas)`, which captures the canvas as it is at the call) and transfers it to a worker;
 * the wait and the analysis happen there. And it snapshots only if the canvas was drawn since the last one, so
 * an idle viewer costs nothing.
 *
 * Every `intervalMs` the snapshot of the largest connected WebGL canvas is reduced (in the worker) to:
 * - a coarse luminance grid (cols×rows cell means), compared with the same grid rendered from the photo in
 *   Node (`reference`): Pearson correlation ≥ `minCorrelation` and spread ≥ `minStd` = "panorama pixels".
 *   Correlation ignores brightness/contrast, so a blurry 256-px preview counts and a spinner does not.
 * - the green channel at every `step`-th pixel, compared with the previous snapshot: at least `changeMinPoints`
 *   points differing by more than `changeDelta` = "the frame changed". SwiftShader renders a static view
 *   bit-identically, so a still frame differs by exactly 0; a tile refinement changes thousands of points. (Full
 *   resolution is needed: a sharper tile is invisible on a coarse grid.)
 *
 * This function is serialised into the page: it must not reference anything outside itself.
 */

export interface ProbeConfig {
  intervalMs: number;
  cols: number;
  rows: number;
  /** cols×rows luminance means of the expected view, row-major; null = only require spread (no reference). */
  reference: number[] | null;
  minStd: number;
  minCorrelation: number;
  step: number;
  changeDelta: number;
  changeMinPoints: number;
}

export interface ProbeSample {
  t: number;
  std: number;
  corr: number | null;
  /** Points that changed since the previous snapshot; -1 for the first snapshot. */
  changedPoints: number;
}

export interface ProbeState {
  firstFrame: number | null;
  lastChange: number | null;
  lcp: { t: number; url: string; tag: string | null; size: number } | null;
  /** The largest image painted, by Element Timing (see below). */
  largestImage: { t: number; url: string; area: number } | null;
  canvas: { width: number; height: number } | null;
  samples: ProbeSample[];
  /** Snapshots taken / still being analysed. */
  snapshots: number;
  pending: number;
  /** Main-thread time the probe itself used, ms. */
  costMs: number;
  error: string | null;
}

export function installProbe(cfg: ProbeConfig): void {
  const state: ProbeState = { firstFrame: null, lastChange: null, lcp: null, largestImage: null, canvas: null, samples: [], snapshots: 0, pending: 0, costMs: 0, error: null };
  (window as unknown as { __benchView: ProbeState }).__benchView = state;

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { url: string; size: number; element: Element | null })[]) {
        state.lcp = { t: e.startTime, url: e.url, tag: e.element ? e.element.tagName.toLowerCase() : null, size: e.size };
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (error) {
    state.error = String(error);
  }

  // Chrome leaves images that cover the whole viewport out of LCP (it takes them for backgrounds), and a
  // poster filling the viewer does exactly that. Element Timing has no such rule, so every <img> is tagged
  // for it as it is inserted (a mutation callback runs before the next paint) and the largest painted wins.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { url: string; renderTime: number; loadTime: number; intersectionRect: DOMRectReadOnly })[]) {
        const area = e.intersectionRect.width * e.intersectionRect.height;
        if (!e.url || area <= (state.largestImage?.area ?? 0)) continue;
        state.largestImage = { t: e.renderTime || e.loadTime, url: e.url, area };
      }
    }).observe({ type: 'element', buffered: true });
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          const images = node instanceof HTMLImageElement ? [node] : node instanceof Element ? [...node.querySelectorAll('img')] : [];
          for (const img of images) if (!img.hasAttribute('elementtiming')) img.setAttribute('elementtiming', 'bench-view');
        }
      }
    }).observe(document, { childList: true, subtree: true });
  } catch (error) {
    state.error = String(error);
  }

  // The analysis, run in a worker: snapshot in, verdict out. Messages are handled in order, so `previous`
  // is always the snapshot before this one.
  function analyse(): void {
    let previous: Uint8Array | null = null;
    let canvas: OffscreenCanvas | null = null;
    let ctx: OffscreenCanvasRenderingContext2D | null = null;
    self.onmessage = (event: MessageEvent<{ t: number; bitmap: ImageBitmap; cfg: ProbeConfig }>) => {
      const { t, bitmap, cfg } = event.data;
      const { width, height } = bitmap;
      if (!canvas || canvas.width !== width || canvas.height !== height) {
        canvas = new OffscreenCanvas(width, height);
        ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        previous = null;
      }
      ctx!.drawImage(bitmap, 0, 0);
      bitmap.close();
      const px = ctx!.getImageData(0, 0, width, height).data;
      const sums = new Float64Array(cfg.cols * cfg.rows);
      const counts = new Float64Array(cfg.cols * cfg.rows);
      const points = new Uint8Array(Math.ceil(width / cfg.step) * Math.ceil(height / cfg.step));
      let changed = 0;
      let p = 0;
      for (let y = 0; y < height; y += cfg.step) {
        const rowCell = Math.min(cfg.rows - 1, Math.floor((y * cfg.rows) / height)) * cfg.cols;
        for (let x = 0; x < width; x += cfg.step, p++) {
          const i = (y * width + x) * 4;
          const g = px[i + 1]!;
          points[p] = g;
          if (previous && Math.abs(g - previous[p]!) > cfg.changeDelta) changed++;
          const cell = rowCell + Math.min(cfg.cols - 1, Math.floor((x * cfg.cols) / width));
          sums[cell] = sums[cell]! + 0.299 * px[i]! + 0.587 * g + 0.114 * px[i + 2]!;
          counts[cell] = counts[cell]! + 1;
        }
      }
      const first = previous === null;
      previous = points;
      const n = sums.length;
      let mean = 0;
      for (let k = 0; k < n; k++) {
        sums[k] = sums[k]! / (counts[k]! || 1);
        mean += sums[k]! / n;
      }
      let sa = 0;
      for (let k = 0; k < n; k++) sa += (sums[k]! - mean) ** 2;
      let corr: number | null = null;
      if (cfg.reference && cfg.reference.length === n) {
        const ref = cfg.reference;
        const refMean = ref.reduce((s, v) => s + v, 0) / n;
        let cov = 0;
        let sb = 0;
        for (let k = 0; k < n; k++) {
          cov += (sums[k]! - mean) * (ref[k]! - refMean);
          sb += (ref[k]! - refMean) ** 2;
        }
        corr = sa > 0 && sb > 0 ? cov / Math.sqrt(sa * sb) : 0;
      }
      self.postMessage({ t, std: Math.sqrt(sa / n), corr, changedPoints: first ? -1 : changed, width, height });
    };
  }

  let worker: Worker | null = null;
  function startWorker(): Worker {
    const source = `(${analyse.toString()})()`;
    const w = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    w.onmessage = (event: MessageEvent<ProbeSample & { width: number; height: number }>) => {
      state.pending--;
      const { t, std, corr, changedPoints, width, height } = event.data;
      state.canvas = { width, height };
      const isPanorama = std >= cfg.minStd && (corr === null || corr >= cfg.minCorrelation);
      if (isPanorama && state.firstFrame === null) state.firstFrame = t;
      const changed = changedPoints === -1 || changedPoints >= cfg.changeMinPoints;
      if (changed && state.firstFrame !== null) state.lastChange = Math.max(t, state.lastChange ?? 0);
      if (state.samples.length < 4000) {
        state.samples.push({ t: Math.round(t), std: Math.round(std * 10) / 10, corr: corr === null ? null : Math.round(corr * 1000) / 1000, changedPoints });
      }
    };
    w.onerror = (event) => {
      state.error = `worker: ${event.message}`;
    };
    return w;
  }

  const contexts: HTMLCanvasElement[] = [];
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, attrs?: object) {
    const webgl = /webgl/.test(type);
    if (webgl) attrs = { ...(attrs ?? {}), preserveDrawingBuffer: true };
    const context = (getContext as (t: string, a?: object) => RenderingContext | null).call(this, type, attrs);
    if (webgl && context && !contexts.includes(this)) contexts.push(this);
    return context;
  } as typeof HTMLCanvasElement.prototype.getContext;

  // Any draw or clear marks the canvas dirty; an untouched canvas cannot have changed, so is not snapshotted.
  let drawn = false;
  for (const proto of [WebGLRenderingContext.prototype, typeof WebGL2RenderingContext === 'undefined' ? null : WebGL2RenderingContext.prototype]) {
    if (!proto) continue;
    for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements', 'clear']) {
      const original = (proto as unknown as Record<string, unknown>)[name];
      if (typeof original !== 'function') continue;
      (proto as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        drawn = true;
        return (original as (...a: unknown[]) => unknown).apply(this, args);
      };
    }
  }

  function snapshot(): void {
    // The snapshot is taken at the call; the worker may take longer than one interval to read it back (it
    // waits behind the viewer's uploads), so a few may be in flight — capped, so a stuck worker cannot pile up.
    if (!drawn || state.pending >= 8) return;
    const started = performance.now();
    let target: HTMLCanvasElement | null = null;
    for (const c of contexts) if (c.isConnected && c.width * c.height > (target ? target.width * target.height : 0)) target = c;
    if (!target) return;
    drawn = false;
    state.pending++;
    state.snapshots++;
    const t = performance.now();
    createImageBitmap(target).then(
      (bitmap) => worker!.postMessage({ t, bitmap, cfg }, [bitmap]),
      (error: unknown) => {
        state.pending--;
        state.error = `snapshot: ${String(error)}`;
      },
    );
    state.costMs += performance.now() - started;
  }

  // Started now, before the page's scripts, so that its start-up is not charged to the first frame.
  worker = startWorker();
  setInterval(snapshot, cfg.intervalMs);
}
