/**
 * What a scene address asks of the guided tour (docs/editing.md, "Play the tour"):
 * `?autoplay=1` plays it on arrival, `?kiosk=1` plays it for ever on a screen without page chrome,
 * `&pace=fast` shortens every wait (a quick preview of the order for editors, and the tests).
 * Small on purpose: hg-viewer reads `kiosk` before the viewer starts, so the page is laid out once.
 */
export interface GuideAddress {
  autoplay: boolean;
  kiosk: boolean;
  pace: 'normal' | 'fast';
}

export function guideAddress(search: string): GuideAddress {
  const params = new URLSearchParams(search);
  const on = (name: string) => params.get(name) === '1' || params.get(name) === 'true';
  const kiosk = on('kiosk');
  return { autoplay: kiosk || on('autoplay'), kiosk, pace: params.get('pace') === 'fast' ? 'fast' : 'normal' };
}
