import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Test files at once, browser ones included: two on this project's 2-core machines (measured: the whole
// suite 826 s → 670 s; BENCHMARKS.md, "Test suite"). Each browser test waits for what it checks, never
// for a fixed time, so a busier CPU makes it slower, not wrong. HG360_TEST_WORKERS=1 runs one at a time.
const WORKERS = Number(process.env.HG360_TEST_WORKERS ?? Math.min(2, availableParallelism()));
if (!Number.isInteger(WORKERS) || WORKERS < 1) {
  throw new Error(`HG360_TEST_WORKERS is "${process.env.HG360_TEST_WORKERS}": give a whole number of test files to run at once, e.g. HG360_TEST_WORKERS=1.`);
}

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
          // The same pool as the browser tests (vitest runs projects with equal maxWorkers together).
          maxWorkers: WORKERS,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files that build a site of their own do it from their own folders (scripts/support/astro-cli.ts),
          // and those that start `astro dev` each own a port, so files may run side by side.
          maxWorkers: WORKERS,
          // 0 here; .ci/run sets 1: a busy 2-core CI machine can miss a browser timing a quiet one never does.
          // Any test that needed it is named by tests/reporters/flaky.ts.
          retry: Number(process.env.HG360_E2E_RETRIES ?? 0),
        },
      },
    ],
  },
});
