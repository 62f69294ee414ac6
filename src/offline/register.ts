/**
 * Registers the service worker (workbox-window) on every site page — never on embeds, which do not
 * load this script. A new build's worker waits; the page then offers "New version — reload", and
 * only when the tourist presses it does the new worker take over and the page reload, so old and
 * new chunks never mix in one page.
 */
import { Workbox } from 'workbox-window';
import { whenIdle } from '../util/idle.ts';
import { startingViewer, whenSharp } from '../util/when-sharp.ts';

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
 * Runs `register` once the page has settled, at an idle moment: after its load, or, on a page whose viewer
 * starts at once, 5 s after the view is sharp (a viewer that is never sharp, with no WebGL, a lost
 * connection or never scrolled to, lets it go after 15 s). The worker's install fetches the site's shell
 * (≈ 870 KiB) on the first visit; registered at load, it did so while the scene page's viewer fetched and
 * drew its first tiles, over the same link and the same two cores (BENCHMARKS.md, "First view: turn 6").
 * Right at sharp, it slowed the tiles still arriving around the view on a slow link.
 */
function whenSettled(register: () => void): void {
  const idle = () => void whenIdle(register, 5_000);
  const viewer = startingViewer();
  if (viewer) whenSharp(viewer, () => setTimeout(idle, 5_000), 15_000);
  else if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => offerUpdate(wb));
  whenSettled(() => void wb.register({ immediate: true }).catch(() => undefined));
}
