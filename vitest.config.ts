import { defineConfig } from 'vitest/config';

// https://vitest.dev/guide/projects — unit tests run in Node; e2e tests build the site once,
// serve it and drive a real headless Chromium (see tests/e2e/support/).
export default defineConfig({
  test: {
    // A machine-readable summary for .ci/run's "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: two cores, and WebGL in SwiftShader is CPU-heavy.
          fileParallelism: false,
        },
      },
    ],
  },
});
