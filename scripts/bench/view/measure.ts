/**
 * One page load of one contender, measured from outside (network, Resource Timing, LCP) and from inside (the
 * canvas probe, see probe.ts). All times are ms since the page's navigation start.
 *
 * "Sharp" — there is no universal "all visible tiles are at full resolution" event across viewers, so it is
 * defined by what the user sees: the time of the LAST change of the rendered frame, once the page has gone
 * quiet, i.e. no image request in flight and neither a frame change nor an image response for `quietMs`
 * (1000 ms: with 500 ms, Pannellum — which requests its next tiles from its render loop — sometimes paused
 * that long mid-load and was cut short). Images that arrive later and change nothing (prefetched neighbours)
 * do not move it; a tile that sharpens the view does. Bytes "before sharp" are the bodies (`encodedBodySize`:
 * gzip size for JS, file size for images; headers excluded) of responses finished by then.
 */
import { chromium, type Browser, type Request } from 'playwright-core';
import { NETWORK_PROFILES, type NetworkProfileName } from './network.ts';
import { installProbe, type ProbeConfig, type ProbeState } from './probe.ts';

export const VIEWPORT = { width: 1280, height: 720 };

// The same Chromium flags as the browser tests (WebGL through SwiftShader, no network chatter).
import { CHROMIUM_ARGS } from '../../support/chromium.ts';

export { CHROMIUM_ARGS };

/** A page to measure. Ours will be one more of these: a URL on some static server. */
export interface Contender {
  /** Row label in the table. */
  name: string;
  /** Absolute URL of the panorama page. */
  url: string;
  /**
   * True (default) when the page shows the benchmark photo at yaw 0, pitch 0, vertical FOV 60°: the first
   * frame is then recognised by correlation with that view. False: any canvas with enough spread counts.
   */
  showsReferenceView?: boolean;
}

export interface RunResult {
  /** Poster paint: image LCP, or the largest image's Element Timing; null without an image (a canvas never counts). */
  lcpMs: number | null;
  lcpWhat: string | null;
  firstFrameMs: number | null;
  sharpMs: number | null;
  imageKiB: number;
  jsKiB: number;
  imageRequests: number;
  /** Images still arriving after "sharp" (prefetch, other faces): not counted above. */
  imageKiBAfterSharp: number;
  timedOut: boolean;
  probeCostMs: number;
  samples: ProbeState['samples'];
}

export interface MeasureOptions {
  /** Expected luminance grid of the initial view (see reference.ts). */
  reference: number[] | null;
  timeoutMs?: number | undefined;
  quietMs?: number;
  /** Saves a PNG of the viewport at the "sharp" moment. */
  screenshotPath?: string | undefined;
  /** Network profile (network.ts): 'fast' is localhost as it is, 'slow' the tourists' mobile link. */
  network?: NetworkProfileName;
}

export const PROBE_DEFAULTS: Omit<ProbeConfig, 'reference'> = {
  intervalMs: 50,
  cols: 32,
  rows: 18,
  minStd: 8,
  minCorrelation: 0.7,
  step: 2,
  changeDelta: 3,
  changeMinPoints: 50,
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
const SCRIPT = /\.m?js$/i;

function kind(url: string, hint?: string): 'image' | 'js' | 'other' {
  const path = new URL(url).pathname;
  if (IMAGE.test(path) || hint === 'image' || hint?.startsWith('image/')) return 'image';
  if (SCRIPT.test(path) || hint === 'script' || /javascript/.test(hint ?? '')) return 'js';
  return 'other';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureOnce(browser: Browser, contender: Contender, options: MeasureOptions): Promise<RunResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const quietMs = options.quietMs ?? 1000;
  // A fresh context per run: empty HTTP cache, no service worker, no decoded-image cache from a previous run.
  // No service worker: its requests are not the page's, so the slow link's emulation (a page's network) did
  // not slow them, and once our site's worker took the page over, its tiles came at full speed (turn 6).
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const conditions = NETWORK_PROFILES[options.network ?? 'fast'];
    if (conditions) await cdp.send('Network.emulateNetworkConditions', conditions);
    const reference = contender.showsReferenceView === false ? null : options.reference;
    await page.addInitScript(installProbe, { ...PROBE_DEFAULTS, reference });
    await page.addInitScript(() => performance.setResourceTimingBufferSize(100_000));

    const inflight = new Set<Request>();
    let lastImageEvent = Date.now();
    page.on('request', (r) => {
      if (kind(r.url(), r.resourceType()) === 'image') inflight.add(r);
    });
    const settle = (r: Request) => {
      if (inflight.delete(r)) lastImageEvent = Date.now();
    };
    page.on('requestfinished', settle);
    page.on('requestfailed', settle);

    const started = Date.now();
    await page.goto(contender.url, { waitUntil: 'commit' });
    let timedOut = false;
    for (;;) {
      await sleep(100);
      const s = await page
        .evaluate(() => {
          const st = (window as unknown as { __benchView?: ProbeState }).__benchView;
          return st ? { now: performance.now(), firstFrame: st.firstFrame, lastChange: st.lastChange, pending: st.pending } : null;
        })
        .catch(() => null);
      const frameQuiet = s && s.lastChange !== null ? s.now - s.lastChange : 0;
      const networkQuiet = inflight.size === 0 ? Date.now() - lastImageEvent : 0;
      // Snapshots still being analysed may yet report a change: wait for them too.
      if (s?.firstFrame != null && s.pending === 0 && Math.min(frameQuiet, networkQuiet) >= quietMs) break;
      if (Date.now() - started > timeoutMs) {
        timedOut = true;
        break;
      }
    }
    if (options.screenshotPath) await page.screenshot({ path: options.screenshotPath });

    const { state, resources } = await page.evaluate(() => ({
      state: (window as unknown as { __benchView: ProbeState }).__benchView,
      resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
        url: e.name,
        end: e.responseEnd,
        bytes: e.encodedBodySize,
        type: (e as PerformanceResourceTiming & { contentType?: string }).contentType || e.initiatorType,
      })),
    }));
    if (state.error) console.warn(`  ${contender.name}: probe error: ${state.error}`);

    const sharpMs = state.firstFrame === null || state.lastChange === null ? null : Math.max(state.firstFrame, state.lastChange);
    let imageBytes = 0;
    let imageBytesAfter = 0;
    let jsBytes = 0;
    let imageRequests = 0;
    for (const r of resources) {
      const k = kind(r.url, r.type);
      const before = sharpMs !== null && r.end <= sharpMs;
      if (k === 'image' && before) {
        imageBytes += r.bytes;
        imageRequests++;
      } else if (k === 'image') imageBytesAfter += r.bytes;
      else if (k === 'js' && before) jsBytes += r.bytes;
    }
    const file = (url: string) => new URL(url).pathname.split('/').pop();
    // An image LCP when Chrome reports one; otherwise the largest image painted (Element Timing), which covers
    // the full-viewport poster Chrome leaves out of LCP. Text or nothing: no poster, "—".
    const lcpImage = state.lcp && state.lcp.url ? { t: state.lcp.t, what: `LCP ${state.lcp.tag ?? 'img'} ${file(state.lcp.url)}` } : null;
    const poster = lcpImage ?? (state.largestImage ? { t: state.largestImage.t, what: `element timing ${file(state.largestImage.url)}` } : null);
    return {
      lcpMs: poster?.t ?? null,
      lcpWhat: poster?.what ?? (state.lcp ? `LCP ${state.lcp.tag ?? '?'} (text)` : null),
      firstFrameMs: state.firstFrame,
      sharpMs,
      imageKiB: imageBytes / 1024,
      jsKiB: jsBytes / 1024,
      imageRequests,
      imageKiBAfterSharp: imageBytesAfter / 1024,
      timedOut,
      probeCostMs: state.costMs,
      samples: state.samples,
    };
  } finally {
    await context.close();
  }
}

export function median(values: (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export interface Summary {
  contender: Contender;
  runs: RunResult[];
  lcpMs: number | null;
  firstFrameMs: number | null;
  sharpMs: number | null;
  imageKiB: number | null;
  jsKiB: number | null;
}

/** Median of each metric over the runs (each metric separately). */
export function summarise(contender: Contender, runs: RunResult[]): Summary {
  return {
    contender,
    runs,
    lcpMs: median(runs.map((r) => r.lcpMs)),
    firstFrameMs: median(runs.map((r) => r.firstFrameMs)),
    sharpMs: median(runs.map((r) => r.sharpMs)),
    imageKiB: median(runs.map((r) => r.imageKiB)),
    jsKiB: median(runs.map((r) => r.jsKiB)),
  };
}
