/**
 * Runs a flow in a page: seeds its scenario, then for each step checks the
 * target is there (and where the guide says), acts, and checks what must be
 * true after. The caller wraps each step: `test.step` in the suite, a paced,
 * captioned step in the walkthrough.
 */
import { expect } from '@playwright/test';
import type { Locator, Page } from 'playwright';
import type { DisputeStatus } from '../mock-site/domain/schema';
import { describeTarget, locate } from './locate';
import { expectPlacement } from './placement';
import { DISPUTED_ORDER_TITLE } from './scenario-facts';
import { describeWhatPageShows } from './page-summary';
import type { EditionName } from '../mock-site/domain/editions/index';
import { STEP_TIMEOUT_MS, type Expectation, type Flow, type FlowStep, type SentenceOf, type Target } from './types';
import { paths } from '../harness/surface-names';
import { asStepError, FlowStepError } from './step-error';

export { FlowStepError };

/** What a flow needs from the simulator's control API (harness/sim-client.ts provides it). */
export interface FlowSim {
  start(scenario: string, edition?: EditionName): Promise<unknown>;
  advanceDays(days: number): Promise<unknown>;
  state(): Promise<{ orders: { id: string; title: string }[]; disputes: { orderId: string; status: DisputeStatus }[] }>;
}

export interface StepInfo {
  flow: Flow;
  step: FlowStep;
  /** The guide's sentence for this step (RunHooks.sentenceOf), as every title, caption and message shows it. */
  sentence: string;
  /** 1-based. */
  number: number;
  total: number;
}

export interface RunHooks {
  /**
   * The guide's sentence of a step (flows/guide-text.ts `sentenceOf`): the
   * flows carry no prose. Without it, a step is named by its flow and id.
   */
  sentenceOf?: SentenceOf;
  /** Wraps a whole step (test.step in the suite). */
  wrapStep?: (title: string, body: () => Promise<void>, info: StepInfo) => Promise<void>;
  /** Runs once the target is found, just before the action (captions, highlight, pacing). */
  beforeAction?: (info: StepInfo, page: Page) => Promise<void>;
  /** Performs the action instead of the runner (practice mode: the person clicks). */
  act?: (info: StepInfo, target: Locator, page: Page) => Promise<void>;
  afterStep?: (info: StepInfo, page: Page) => Promise<void>;
  /**
   * How long a step waits for its target and for what must follow (Playwright's
   * expect timeout when unset): for every step, or step by step. A run that is
   * meant to fail at one step gives that step a short wait, so that it does not
   * idle through the whole default before reporting, and leaves the others theirs.
   */
  stepTimeoutMs?: number | ((step: FlowStep) => number | undefined);
  /**
   * A safe run: the flow stops before its first step marked `irreversible`,
   * whose action is never taken; RunOutcome.stoppedBefore names it.
   */
  safe?: boolean;
}

/** How a flow that did not fail ended: every step, or (safe run) stopped before an irreversible one. */
export interface RunOutcome {
  stoppedBefore?: StepInfo;
}

type Verify = typeof expect;

export const startPath = (flow: Flow) => flow.start ?? paths.home(flow.surface);

/**
 * `sim: null` is a site we do not control (a real account): nothing is seeded,
 * the flow starts at its start path on whatever the session shows, and the
 * expectations that read the control API (dispute-status) are left out.
 */
export async function runFlow(flow: Flow, page: Page, sim: FlowSim | null, hooks: RunHooks = {}): Promise<RunOutcome> {
  if (sim) {
    await sim.start(flow.scenario, flow.edition);
    if (flow.clockDays) await sim.advanceDays(flow.clockDays);
  }
  await page.goto(startPath(flow));
  const wrap = hooks.wrapStep ?? ((_title, body) => body());
  for (const [index, step] of flow.steps.entries()) {
    const sentence = hooks.sentenceOf?.(flow, step) ?? `${flow.id}/${step.id}`;
    const info: StepInfo = { flow, step, sentence, number: index + 1, total: flow.steps.length };
    if (hooks.safe && step.irreversible) return { stoppedBefore: info };
    await wrap(
      sentence,
      async () => {
        try {
          await runStep(info, page, sim, hooks, stepTimeout(hooks, step));
        } catch (error) {
          throw asStepError(info, page, error);
        }
      },
      info,
    );
  }
  return {};
}

function stepTimeout(hooks: RunHooks, step: FlowStep): number | undefined {
  return typeof hooks.stepTimeoutMs === 'function' ? hooks.stepTimeoutMs(step) : hooks.stepTimeoutMs;
}

async function runStep(info: StepInfo, page: Page, sim: FlowSim | null, hooks: RunHooks, timeout: number | undefined): Promise<void> {
  const { step } = info;
  const verify = timeout ? expect.configure({ timeout }) : expect;
  if (step.target) {
    const target = locate(page, step.target);
    // A hook or a placement needs the target on screen before the action; otherwise the
    // action's own wait for a visible, unique element is the same check, one round trip fewer.
    const seeFirst = step.placement !== undefined || hooks.beforeAction !== undefined || hooks.act !== undefined;
    if (seeFirst) await expectTargetVisible(info, page, step.target, verify);
    if (step.placement) await expectPlacement(page, step.target, step.placement);
    await hooks.beforeAction?.(info, page);
    if (hooks.act) await hooks.act(info, target, page);
    else if (seeFirst) await perform(step, target);
    else await performOnVisible(info, page, step.target, timeout ?? STEP_TIMEOUT_MS);
  } else {
    await hooks.beforeAction?.(info, page);
  }
  for (const expectation of step.expect) await check(expectation, page, sim, verify);
  await hooks.afterStep?.(info, page);
}

async function perform(step: FlowStep, target: Locator, timeout?: number): Promise<void> {
  if (step.action === 'click') await target.click({ timeout });
  if (step.action === 'tap') await target.tap({ timeout });
  if (step.action === 'fill') await target.fill(step.value ?? '', { timeout });
}

/** The action waits for its target itself; when the target never showed, the failure says what the page shows instead. */
async function performOnVisible(info: StepInfo, page: Page, target: Target, timeout: number): Promise<void> {
  const located = locate(page, target);
  try {
    await perform(info.step, located, timeout);
  } catch (error) {
    if (await located.isVisible().catch(() => false)) throw error;
    throw await targetMissing(info, page, target);
  }
}

/** The target must be there; when it is not, say what the page shows instead. */
async function expectTargetVisible(info: StepInfo, page: Page, target: Target, verify: Verify): Promise<void> {
  try {
    await verify(locate(page, target)).toBeVisible();
  } catch {
    throw await targetMissing(info, page, target);
  }
}

/** A step whose target never showed: what was expected, and what the page shows instead. */
async function targetMissing(info: StepInfo, page: Page, target: Target): Promise<FlowStepError> {
  const shown = await describeWhatPageShows(page, target);
  return new FlowStepError(info, `attendu : ${describeTarget(target)} ; la page montre : ${shown}`);
}

async function check(expectation: Expectation, page: Page, sim: FlowSim | null, verify: Verify): Promise<void> {
  switch (expectation.kind) {
    case 'text':
      return verify(
        page.getByText(expectation.text, { exact: expectation.exact ?? true }).first(),
        `le texte « ${expectation.text} » doit s'afficher`,
      ).toBeVisible();
    case 'absent':
      return verify(locate(page, expectation.target), `${describeTarget(expectation.target)} ne doit pas être proposé`).toHaveCount(0);
    case 'heading':
      return verify(
        page.getByRole('heading', { name: expectation.name }).first(),
        `le titre « ${String(expectation.name)} » doit s'afficher`,
      ).toBeVisible();
    case 'url':
      // The page's URL is known here without asking the browser: wait only when it does not match yet.
      if (expectation.pattern.test(page.url())) return;
      return verify(page, `l'adresse doit correspondre à ${expectation.pattern}`).toHaveURL(expectation.pattern);
    case 'visible':
      return verify(locate(page, expectation.target), `${describeTarget(expectation.target)} doit être visible`).toBeVisible();
    case 'dispute-status':
      // Only the control API knows a dispute's status: a site we do not control is judged by what it shows.
      if (!sim) return;
      return verify
        .poll(() => disputedOrderStatus(sim), { message: `le litige doit passer au statut « ${expectation.status} »` })
        .toBe(expectation.status);
  }
}

/** The status of the dispute on the scenario's disputed order, read from /__sim/state. */
async function disputedOrderStatus(sim: FlowSim): Promise<DisputeStatus | undefined> {
  const state = await sim.state();
  const order = state.orders.find((o) => o.title === DISPUTED_ORDER_TITLE);
  return state.disputes.findLast((d) => d.orderId === order?.id)?.status;
}
