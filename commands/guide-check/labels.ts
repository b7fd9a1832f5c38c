/**
 * The labels a flow step works with: what it acts on (and where), what it
 * expects to see. A label the guide quotes must be one of them; the label of
 * the element the step acts on must be quoted.
 */
import type { Expectation, Flow, FlowStep, Target } from '../../flows/types';
import type { Surface } from '../../flows/types';
import { frenchNames } from '../../harness/surfaces';

export type Label = string | RegExp;

/** Every label of a step, strings and patterns (a pattern stands for labels that vary, e.g. « Litige n° … »). */
export function stepLabels(step: FlowStep): Label[] {
  return [...(step.target ? targetLabels(step.target) : []), ...step.expect.flatMap(expectationLabels)];
}

/** What must be on the page before the step acts: its target and the target's scope. */
export function beforeLabels(step: FlowStep): Label[] {
  return step.target ? targetLabels(step.target) : [];
}

/** What must be on the page once the step has acted (not what must be absent). */
export function afterLabels(step: FlowStep): Label[] {
  return step.expect.filter((e) => e.kind !== 'absent').flatMap(expectationLabels);
}

/** The label of the element the step acts on, when it is a fixed text the guide can quote. */
export function actedOnLabel(step: FlowStep): string | undefined {
  return typeof step.target?.name === 'string' ? step.target.name : undefined;
}

/** The labels of every step of these flows (a rule's sentence may quote any of them). */
export function flowsLabels(flows: readonly Flow[]): Label[] {
  return flows.flatMap((flow) => flow.steps.flatMap(stepLabels));
}

export function matchesLabel(quote: string, labels: readonly Label[]): boolean {
  return labels.some((label) => (typeof label === 'string' ? label === quote : label.test(quote)));
}

/** The fixed labels, for messages: « Compte », « Mes commandes ». */
export function printable(labels: readonly Label[]): string[] {
  return [...new Set(labels.filter((l): l is string => typeof l === 'string'))];
}

export function surfaceName(surface: Surface): string {
  return frenchNames[surface];
}

function targetLabels(target: Target): Label[] {
  return [...(target.name === undefined ? [] : [target.name]), ...(target.within ? targetLabels(target.within) : [])];
}

function expectationLabels(expectation: Expectation): Label[] {
  switch (expectation.kind) {
    case 'text':
      return [expectation.text];
    case 'heading':
      return [expectation.name];
    case 'visible':
    case 'absent':
      return targetLabels(expectation.target);
    case 'url':
    case 'dispute-status':
      return [];
  }
}
