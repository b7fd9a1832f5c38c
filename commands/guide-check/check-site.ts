/**
 * Guide ↔ site: runs the guide's procedures in a real browser against the
 * simulator, web on a desktop and the app on a phone. Before each action the
 * label the guide quotes must be on screen and usable; when a step fails, the
 * report names the guide line and what the page shows instead.
 */
import type { Browser, Page } from 'playwright';
import { SimClient } from '../../harness/sim-client';
import { refuseWrites } from '../../harness/read-only';
import { contextOptions } from '../../harness/surfaces';
import { locate } from '../../flows/locate';
import { FlowStepError, runFlow, type StepInfo } from '../../flows/runner';
import type { Flow, FlowStep, SentenceOf } from '../../flows/types';
import { stepSubject, type StepLink } from './check-flows';
import { actedOnLabel, afterLabels, beforeLabels, printable } from './labels';
import { shownIn } from '../../flows/page-summary';
import { insteadOf } from './page-shows';
import type { Problem, Quote } from './types';

export type StepOutcome = 'ok' | 'échec' | 'non vérifié';

export interface SiteCheck {
  problems: Problem[];
  outcomes: Map<FlowStep, StepOutcome>;
  /** Safe check: the irreversible step each flow stopped before (its outcome stays « non vérifié »). */
  stoppedBefore: StepInfo[];
}

export interface SiteTarget {
  browser: Browser;
  url: string;
  /** Every fixed label of every flow: a name the page shows that none of them knows is likely a renamed one. */
  knownLabels: ReadonlySet<string>;
  /** The checked guide's sentences: a failure names the step in the draft's own words. */
  sentenceOf: SentenceOf;
  /** Stop before each flow's first irreversible step; the browser sends nothing but GET and HEAD. */
  safe?: boolean;
  /** A site we do not control: nothing seeded, no expectation read from the control API. */
  readOnly?: boolean;
  /** A saved login for the contexts (Playwright storage state). */
  storageState?: string;
  /** How long each step waits for its target and what must follow (the runner's default when unset). */
  stepTimeoutMs?: number;
}

const ACTIONABLE_TIMEOUT_MS = 3_000;

/** Runs the flows side by side, each in its own browser context (own cookies, so own session). */
export async function checkSite(flows: readonly Flow[], links: readonly StepLink[], target: SiteTarget): Promise<SiteCheck> {
  const runs = await Promise.all(flows.map((flow) => checkFlow(flow, links, target)));
  return {
    problems: runs.flatMap((r) => r.problems),
    outcomes: new Map(runs.flatMap((r) => [...r.outcomes])),
    stoppedBefore: runs.flatMap((r) => r.stoppedBefore),
  };
}

async function checkFlow(flow: Flow, allLinks: readonly StepLink[], target: SiteTarget): Promise<SiteCheck> {
  const links = allLinks.filter((link) => link.flow === flow);
  const result: SiteCheck = { problems: [], outcomes: new Map(flow.steps.map((step) => [step, 'non vérifié'])), stoppedBefore: [] };
  const context = await target.browser.newContext(contextOptions(flow.surface, { baseURL: target.url, storageState: target.storageState }));
  const page = await context.newPage();
  // The step that reached its action: its failure is about what came after, not about its target.
  let acted: StepInfo | undefined;
  if (target.safe) await refuseWrites(context, (method, url) => result.problems.push(refusedWrite(method, url, acted, links)));
  try {
    const outcome = await runFlow(flow, page, target.readOnly ? null : new SimClient(page.request), {
      sentenceOf: target.sentenceOf,
      safe: target.safe,
      stepTimeoutMs: target.stepTimeoutMs,
      beforeAction: async (info) => {
        acted = info;
        result.problems.push(...(await checkActionable(info, page, links)));
      },
      afterStep: async (info) => {
        const failed = result.problems.some((p) => p.subject === stepSubject(flow, info.number));
        result.outcomes.set(info.step, failed ? 'échec' : 'ok');
      },
    });
    if (outcome.stoppedBefore) result.stoppedBefore.push(outcome.stoppedBefore);
  } catch (error) {
    // Anything but a step that does not match (simulator down, browser crash) means the check could not run.
    if (!(error instanceof FlowStepError)) throw error;
    result.outcomes.set(error.info.step, 'échec');
    const expected = acted?.step === error.info.step ? afterLabels(error.info.step) : beforeLabels(error.info.step);
    result.problems.push(...(await describeFailure(error, printable(expected), page, links, target.knownLabels)));
  } finally {
    await context.close();
  }
  return result;
}

/** A write the safe check's browser refused: the step that sent it should be marked irreversible. */
function refusedWrite(method: string, url: string, info: StepInfo | undefined, links: readonly StepLink[]): Problem {
  const link = links.find((l) => l.step === info?.step);
  return {
    check: 'site',
    line: link?.item.line ?? links[0]?.item.line ?? 1,
    subject: info ? stepSubject(info.flow, info.number) : 'Vérification sans risque',
    sentence: link?.item.sentence ?? info?.sentence ?? '',
    message: `la vérification sans risque a refusé d'envoyer ${method} ${url} : cette étape change quelque chose, marquez-la irreversible dans flows/`,
  };
}

/** The quoted label of the element the step acts on: visible (the runner waited for it), enabled, not covered. */
async function checkActionable(info: StepInfo, page: Page, links: readonly StepLink[]): Promise<Problem[]> {
  const link = links.find((l) => l.step === info.step);
  const label = actedOnLabel(info.step);
  const quote = link?.item.quotes.find((q) => q.text === label);
  if (!link || !info.step.target || !quote) return [];
  const element = locate(page, info.step.target);
  try {
    if (info.step.action === 'fill') {
      if (!(await element.isEditable())) throw new Error('non modifiable');
    } else if (info.step.action === 'tap') {
      await element.tap({ trial: true, timeout: ACTIONABLE_TIMEOUT_MS });
    } else {
      await element.click({ trial: true, timeout: ACTIONABLE_TIMEOUT_MS });
    }
    return [];
  } catch {
    const why = (await element.isEnabled()) ? 'un autre élément le recouvre ou il ne tient pas en place' : 'il est désactivé';
    const message = `le guide cite « ${quote.text} » : la page le montre, mais on ne peut pas s'en servir (${why})`;
    return [{ check: 'site', line: quote.line, subject: stepSubject(info.flow, info.number), sentence: link.item.sentence, message }];
  }
}

/**
 * A failed step: each label expected at that point (the target before the
 * action, the outcome after it) missing from the page, reported at
 * the guide lines that quote it (this step's sentence or a later one: a menu
 * item checked after step 1 is quoted in step 2), with what the page shows
 * instead. When no quoted label is missing, the runner's reason, at the step.
 */
async function describeFailure(
  error: FlowStepError,
  expected: readonly string[],
  page: Page,
  links: readonly StepLink[],
  known: ReadonlySet<string>,
): Promise<Problem[]> {
  const { info } = error;
  const shown = await shownIn(page.locator('body'));
  const problems: Problem[] = [];
  for (const label of expected) {
    const role = roleOf(info.step, label);
    if (await isShown(page, label, role)) continue;
    const seen = insteadOf(label, role, shown, known);
    for (const { link, quote } of quotesOf(label, links, info.number)) {
      const where = link.number === info.number ? '' : ` (constaté à l'étape ${info.number})`;
      const message = `le guide cite « ${quote.text} », ${seen}${where}`;
      problems.push({
        check: 'site',
        line: quote.line,
        subject: stepSubject(link.flow, link.number),
        sentence: link.item.sentence,
        message,
      });
    }
  }
  if (problems.length > 0) return problems;
  // A step the guide does not cover (already reported) still fails somewhere: point at the nearest sentence before it.
  const anchor = links.find((l) => l.step === info.step) ?? links.filter((l) => l.number < info.number).at(-1) ?? links[0];
  const message = `la page ne suit pas le guide : ${error.detail.split('\n')[0]}`;
  return [
    {
      check: 'site',
      line: anchor?.item.line ?? 1,
      subject: stepSubject(info.flow, info.number),
      sentence: anchor?.item.sentence ?? `(parcours) ${info.sentence}`,
      message,
    },
  ];
}

/** The guide's quotes of a label, in the sentences of this step and of the steps after it. */
function quotesOf(label: string, links: readonly StepLink[], fromStep: number): { link: StepLink; quote: Quote }[] {
  return links
    .filter((link) => link.number >= fromStep)
    .flatMap((link) => link.item.quotes.filter((quote) => quote.text === label).map((quote) => ({ link, quote })));
}

/** The role the flow gives a label: the target's, its scope's, a heading's; undefined for plain text. */
function roleOf(step: FlowStep, label: string): string | undefined {
  const targets = [step.target, step.target?.within, ...step.expect.map((e) => ('target' in e ? e.target : undefined))];
  const named = targets.find((t) => t?.name === label);
  if (named) return named.role;
  return step.expect.some((e) => e.kind === 'heading' && e.name === label) ? 'heading' : undefined;
}

async function isShown(page: Page, label: string, role: string | undefined): Promise<boolean> {
  const locator = role
    ? page.getByRole(role as Parameters<Page['getByRole']>[0], { name: label, exact: true })
    : page.getByText(label, { exact: true });
  return locator.first().isVisible();
}
