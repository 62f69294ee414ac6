/**
 * Deliberate failures for the tests of all-or-nothing builds (tests/unit/atomic-build.test.ts):
 * `HG360_FAIL_AT=<step>` makes that step of `astro build` throw, as a real failure there would
 * (a page that throws, Pagefind failing, a panorama file that cannot be copied). Unset, it does nothing.
 */
export type FaultStep = 'render' | 'publish' | 'search' | 'swap';

export function failIfAsked(step: FaultStep): void {
  if (process.env.HG360_FAIL_AT === step) throw new Error(`HG360_FAIL_AT=${step}: the ${step} step failed on purpose (a test of all-or-nothing builds).`);
}
