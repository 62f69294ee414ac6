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

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
