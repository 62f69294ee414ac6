/** The test files' browser: one Chromium per file, pages that record console errors. */
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../../scripts/support/chromium.ts';

export { CHROMIUM_ARGS, launchBrowser } from '../../../scripts/support/chromium.ts';

/** One Chromium for a test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** A page that records console errors and uncaught exceptions, for tests that want none. */
export async function openPage(
  browser: Browser,
  options: {
    width?: number;
    height?: number;
    javaScriptEnabled?: boolean;
    colorScheme?: 'light' | 'dark';
    serviceWorkers?: 'allow' | 'block';
    /** Pages ask for reduced motion unless a test watches the motion itself. */
    reducedMotion?: 'reduce' | 'no-preference';
    /** A phone: touch events and a mobile viewport (meta viewport honoured). */
    touch?: boolean;
  } = {},
) {
  const context = await browser.newContext({
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    serviceWorkers: options.serviceWorkers ?? 'block',
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    reducedMotion: options.reducedMotion ?? 'reduce',
    colorScheme: options.colorScheme ?? 'light',
  });
  // Tests never reach the internet (CI has none, and the map's tile server is not ours): anything
  // not served from this machine fails like it does offline. A test may route a host itself.
  await context.route((url) => !/^(127\.\d+\.\d+\.\d+|localhost)$/.test(url.hostname), (route) => route.abort('internetdisconnected'));
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, context, errors };
}

/**
 * A phone held still, with its orientation sensor, for `page` (before it navigates). Whether
 * headless Chromium reports an orientation of its own changed between versions: 150 sends
 * `deviceorientation` with no angles, and PSV's gyroscope plugin then (rightly) hides its button.
 * The override makes the tests that need a phone that can follow its movement independent of the
 * browser's build.
 */
export async function emulateOrientationSensor(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DeviceOrientation.setDeviceOrientationOverride', { alpha: 0, beta: 90, gamma: 0 });
}
