/**
 * Names every test that passed only on a retry, at the end of the run and in `.vitest-flaky.txt`.
 *
 * Why: CI runs the browser tests on a busy 2-core machine, so `.ci/run` allows them one retry
 * (HG360_E2E_RETRIES=1). A retry must not hide a flaky test: this reporter makes each one visible, so it
 * gets fixed instead of forgotten.
 */
import { writeFileSync } from 'node:fs';
import type { Reporter, TestCase } from 'vitest/node';

export default class FlakyReporter implements Reporter {
  private readonly flaky: string[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const { flaky, retryCount } = testCase.diagnostic() ?? { flaky: false, retryCount: 0 };
    if (!flaky) return;
    // What the failed attempts said (vitest keeps their errors on a test that passed on a retry): the retry's
    // pass hides them from the run's output, and a flaky test is fixed from its first failure.
    const failures = (testCase.result().errors ?? []).map((error) => `\n      failed with: ${String(error.message).split('\n')[0]!.slice(0, 300)}`);
    this.flaky.push(`${testCase.module.relativeModuleId} > ${testCase.fullName} (passed on retry ${retryCount})${failures.join('')}`);
  }

  onTestRunEnd(): void {
    writeFileSync('.vitest-flaky.txt', this.flaky.map((line) => `${line}\n`).join(''));
    if (!this.flaky.length) return;
    console.log(`\n${this.flaky.length} flaky test(s) passed only on a retry; fix them:`);
    for (const line of this.flaky) console.log(`  flaky: ${line}`);
  }
}
