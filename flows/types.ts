/**
 * A flow is the guide's procedure as data: each step carries its id (the
 * guide's marker names it), the element a person acts on (role + accessible
 * name, the label the guide quotes), the action, and what must be true
 * afterwards. No prose: a step's sentence is written once, in the guide, and
 * read through its marker (flows/guide-text.ts).
 * The test suite, the walkthrough and the guide check all run these.
 */
import type { Page } from 'playwright';
import type { RuleId } from '../mock-site/domain/policy';
import type { EditionName } from '../mock-site/domain/editions/index';
import type { DisputeStatus } from '../mock-site/domain/schema';

export type Surface = 'web' | 'app';
export type AriaRole = Parameters<Page['getByRole']>[0];

/** The element a step acts on, found the way a person (or a screen reader) finds it. */
export interface Target {
  role: AriaRole;
  /** The accessible name; a string matches exactly, as the guide quotes it. */
  name?: string | RegExp;
  /** Look only inside this element (e.g. the order's card, the dialog). */
  within?: Target;
}

/** Where the guide says the element is. */
export type Placement = 'top-right' | 'bottom-bar-rightmost' | 'page-bottom';

export type Expectation =
  /** Visible text; `exact: false` finds it inside a longer sentence. */
  | { kind: 'text'; text: string; exact?: boolean }
  /** The target must not be offered at all (e.g. no « Annuler la demande » on a resolved dispute). */
  | { kind: 'absent'; target: Target }
  | { kind: 'heading'; name: string | RegExp }
  | { kind: 'url'; pattern: RegExp }
  | { kind: 'visible'; target: Target }
  | { kind: 'dispute-status'; status: DisputeStatus };

export interface FlowStep {
  /** Stable id: the guide's markers and the traceability table use it. */
  id: string;
  target?: Target;
  action: 'click' | 'tap' | 'fill' | 'none';
  value?: string;
  placement?: Placement;
  /**
   * The action cannot be taken back on a real account (it cancels, confirms,
   * accepts, opens or sends): a safe run stops before it. Only steps whose
   * action changes something are marked; opening a page or a dialog is not.
   */
  irreversible?: true;
  expect: Expectation[];
}

export interface Flow {
  id: string;
  title: string;
  surface: Surface;
  /** The scenario the flow starts from (fixtures/scenarios/NAME.json). */
  scenario: string;
  /** The edition of the rules the flow's session plays (mock-site/domain/editions); the server's default when absent. */
  edition?: EditionName;
  /** Days to move the session's clock before the first step (deadlines, windows). */
  clockDays?: number;
  /** Where the flow starts; the surface's home page by default. */
  start?: string;
  /** The policy rules this flow shows (see mock-site/domain/policy.ts). */
  rules?: RuleId[];
  steps: FlowStep[];
}

/** Where a step's words come from: the guide's sentence for it (flows/guide-text.ts). */
export type SentenceOf = (flow: Flow, step: FlowStep) => string;

/** Typed identity: lets a flow file be checked against the format without a cast. */
export function defineFlow(flow: Flow): Flow {
  return flow;
}

/** How long a step waits for its target and for what must follow, unless a run sets its own: Playwright's expect timeout. */
export const STEP_TIMEOUT_MS = 5_000;
