/**
 * How long a step waits in a run that is meant to fail (a renamed label, a
 * stopped server): long enough for a slow CI machine to show a page that is
 * there, short enough not to idle through Playwright's 5 s default in every
 * such test.
 */
export const FAILING_RUN_STEP_TIMEOUT_MS = 2_500;
