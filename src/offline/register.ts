/**
 * Registers the service worker (workbox-window) on every site page — never on embeds, which do not
 * load this script. A new build's worker waits; the page then offers "New version — reload", and
 * only when the tourist presses it does the new worker take over and the page reload, so old and
 * new chunks never mix in one page.
 */
import { Workbox } from 'workbox-window';

function offerUpdate(wb: Workbox): void {
  const bar = document.querySelector<HTMLElement>('[data-offline-update]');
  const button = bar?.querySelector<HTMLButtonElement>('button');
  if (!bar || !button) return;
  bar.hidden = false;
  button.addEventListener(
    'click',
    () => {
      button.disabled = true;
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    },
    { once: true },
  );
}

/**
 * Runs `register` once the page has settled: after its load and, on a page whose viewer starts at once,
 * 5 s after the view is sharp (or has failed, or 15 s after the start), then at an idle moment. The
 * worker's install fetches the site's shell (≈ 870 KiB) on the first visit; registered at load, it did so
 * while the scene page's viewer fetched and drew its first tiles, over the same link and the same two
 * cores (BENCHMARKS.md, "First view: turn 6"). Right at sharp, it slowed the tiles still arriving around
 * the view on a slow link.
 */
function whenSettled(register: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => register(), { timeout: 5_000 }) : setTimeout(register, 1_000));
  // The home page's hero waits for the visitor's interest (data-start="intent"): the page is settled without it.
  const viewer = document.querySelector<HTMLElement>('hg-viewer:not([data-start="intent"])');
  if (!viewer || viewer.dataset.state === 'sharp') {
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
    return;
  }
  let settled = false;
  const go = () => {
    if (settled) return;
    settled = true;
    idle();
  };
  viewer.addEventListener('hg:sharp', () => setTimeout(go, 5_000), { once: true });
  viewer.addEventListener('hg:error', go, { once: true });
  // A viewer that never gets sharp (a lost connection, never scrolled to) must not keep the site from working offline.
  setTimeout(go, 15_000);
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => offerUpdate(wb));
  whenSettled(() => void wb.register({ immediate: true }).catch(() => undefined));
}
