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

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => offerUpdate(wb));
  void wb.register().catch(() => undefined);
}
