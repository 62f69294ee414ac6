/**
 * Options of embed pages (docs/embedding.md). `ui`: 'none' hides the navbar, 'minimal' keeps zoom
 * and fullscreen, 'full' is the scene page's set. `gallery`/`autorotate` undefined = as on scene
 * pages. `embed` swaps the deep link (the address is the partner's frame) for the message API.
 */
export interface ViewerChrome {
  ui: 'none' | 'minimal' | 'full';
  gallery?: boolean | undefined;
  autorotate?: boolean | undefined;
  embed: boolean;
  /** A home-page hero: the address belongs to the home page, so no deep link (and no message API). */
  hero?: boolean;
  /** A kiosk screen (`?kiosk=1`, issue 17): its address stays as it was opened, so a reload is a kiosk again. */
  kiosk?: boolean;
}
