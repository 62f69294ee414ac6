import { defineConfig } from 'vitest/config';

// https://vitest.dev/guide/projects — unit tests run in Node; e2e tests build the site once,
// serve it and drive a real headless Chromium (see tests/e2e/support/).
export default defineConfig({
  test: {
    // A machine-readable summary for .ci/run's "N passed, N failed" line, and the tests that passed only on
    // a retry (tests/reporters/flaky.ts), so a retry never hides one.
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }], './tests/reporters/flaky.ts'],
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
          // 0 here; .ci/run sets 1: a busy 2-core CI machine can miss a browser timing a quiet one never does.
          // Any test that needed it is named by tests/reporters/flaky.ts.
          retry: Number(process.env.HG360_E2E_RETRIES ?? 0),
        },
      },
    ],
  },
});
