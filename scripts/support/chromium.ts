/**
 * A real headless Chromium with software WebGL (SwiftShader), from the machine, never downloaded.
 * CHROMIUM_PATH overrides the binary; the flags keep it quiet on a machine without internet.
 * No test-runner imports here: the benchmarks launch the same browser.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The site registers a service worker (issue 19). Requests it makes itself are not seen by a page's
 * `route()` or request events, and its first-visit precache competes with what a test measures; so a
 * context blocks it unless the test asks for it (`serviceWorkers: 'allow'`, as tests/e2e/offline*.test.ts do).
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  const newPage = browser.newPage.bind(browser);
  browser.newPage = (options = {}) => newPage({ serviceWorkers: 'block', ...options });
  return browser;
}
