/**
 * How long a step waits in a run that is meant to fail (a renamed label, a
 * stopped server). For a whole run (the walkthrough's --timeout): long enough
 * for a slow CI machine to show a page that is there, short enough not to idle
 * through Playwright's 5 s default in every such test.
 */
import type { FlowStep } from '../../flows/types';

export const FAILING_RUN_STEP_TIMEOUT_MS = 2_500;

/**
 * For the one step a run is meant to fail at: the step before it has shown its page (its expectations passed),
 * so this wait is for what will not come, not for a page to load.
 */
export const FAILING_STEP_TIMEOUT_MS = 1_000;

/** runFlow's stepTimeoutMs for a run meant to fail at `stepId`: that step waits briefly, the others as usual, since they must pass. */
export function shortWaitAt(stepId: string): (step: FlowStep) => number | undefined {
  return (step) => (step.id === stepId ? FAILING_STEP_TIMEOUT_MS : undefined);
}
