/**
 * Guide ↔ flows, without a browser: each marker names a real flow step or
 * rule, the guide keeps the flow's order, the labels it quotes are the ones
 * the flow uses, and every step of the main flows has its sentence.
 */
import type { Flow, FlowStep } from '../../flows/types';
import { closest } from './closest';
import { actedOnLabel, flowsLabels, matchesLabel, printable, stepLabels, surfaceName, type Label } from './labels';
import type { GuideItem, ParsedGuide, Problem } from './types';

export interface FlowCatalog {
  /** Flows whose every step the guide must cover. */
  main: readonly Flow[];
  /** Every flow a marker may name (main and rule flows). */
  all: readonly Flow[];
  /** The policy's rule ids. */
  ruleIds: ReadonlySet<string>;
  /** The edition the rules are of, for the message when the guide names a rule it does not have. */
  edition?: string;
}

/** A step marker resolved to its flow step. */
export interface StepLink {
  item: GuideItem;
  flow: Flow;
  step: FlowStep;
  /** 1-based, as « Étape N » says. */
  number: number;
}

export interface RuleLink {
  item: GuideItem;
  ruleId: string;
  /** The flows that show this rule (flow.rules). */
  flows: Flow[];
}

export interface FlowsCheck {
  problems: Problem[];
  steps: StepLink[];
  rules: RuleLink[];
}

export function checkFlows(guide: ParsedGuide, catalog: FlowCatalog): FlowsCheck {
  const result: FlowsCheck = { problems: [], steps: [], rules: [] };
  for (const stray of guide.strayMarkers) result.problems.push(problem(stray.line, 'Repère', stray.text, stray.reason));
  for (const item of guide.items) resolveMarkers(item, catalog, result);
  for (const item of guide.items) checkQuotes(item, result);
  checkOrder(result);
  checkCoverage(guide, catalog, result);
  return result;
}

export function stepSubject(flow: Flow, number: number): string {
  return `Étape ${number} (${surfaceName(flow.surface)})`;
}

function resolveMarkers(item: GuideItem, catalog: FlowCatalog, result: FlowsCheck): void {
  for (const marker of item.markers) {
    if (marker.kind === 'rule') {
      if (catalog.ruleIds.has(marker.ruleId)) {
        result.rules.push({ item, ruleId: marker.ruleId, flows: catalog.all.filter((f) => f.rules?.some((rule) => rule === marker.ruleId)) });
      } else {
        const known = [...catalog.ruleIds].join(', ');
        const where = catalog.edition ? ` dans l'édition ${catalog.edition} des règles` : '';
        result.problems.push(problem(marker.line, `Règle ${marker.ruleId}`, item.sentence, `cette règle n'existe pas${where} (règles : ${known})`));
      }
      continue;
    }
    const flow = catalog.all.find((f) => f.id === marker.flowId);
    const index = flow?.steps.findIndex((s) => s.id === marker.stepId) ?? -1;
    const step = flow?.steps[index];
    if (!flow || !step) {
      const message = flow
        ? `le parcours « ${flow.id} » n'a pas d'étape « ${marker.stepId} » (étapes : ${flow.steps.map((s) => s.id).join(', ')})`
        : `le parcours « ${marker.flowId} » n'existe pas (parcours : ${catalog.all.map((f) => f.id).join(', ')})`;
      result.problems.push(problem(marker.line, `Repère step: ${marker.flowId}/${marker.stepId}`, item.sentence, message));
      continue;
    }
    const link = { item, flow, step, number: index + 1 };
    if (result.steps.some((s) => s.flow === flow && s.step === step)) {
      result.problems.push(
        problem(marker.line, stepSubject(flow, link.number), item.sentence, 'cette étape est déjà reliée à une autre phrase du guide'),
      );
      continue;
    }
    result.steps.push(link);
  }
}

/** Quoted labels must be labels of the item's steps (or of its rule's flows); the acted-on label must be quoted. */
function checkQuotes(item: GuideItem, result: FlowsCheck): void {
  const steps = result.steps.filter((s) => s.item === item);
  const rules = result.rules.filter((r) => r.item === item);
  if (steps.length === 0 && rules.length === 0) return;
  const labels: Label[] = [...steps.flatMap((s) => stepLabels(s.step)), ...flowsLabels(rules.flatMap((r) => r.flows))];
  const subject = steps[0] ? stepSubject(steps[0].flow, steps[0].number) : `Règle ${rules[0]?.ruleId}`;
  const preferred = steps.map((s) => actedOnLabel(s.step)).filter((l): l is string => l !== undefined);
  const unknown = item.quotes.filter((quote) => !matchesLabel(quote.text, labels));
  for (const quote of unknown) {
    const candidates = printable(labels);
    const guess = closest(quote.text, preferred.length > 0 ? preferred : candidates)?.candidate;
    const instead = guess ? `le parcours vise « ${guess} »` : 'le parcours ne vise aucun libellé fixe';
    result.problems.push(problem(quote.line, subject, item.sentence, `le guide cite « ${quote.text} », ${instead}`));
  }
  // A wrong quote already says which label is expected; repeating it as « not quoted » would be noise.
  if (unknown.length > 0) return;
  for (const link of steps) {
    const label = actedOnLabel(link.step);
    if (label && !item.quotes.some((q) => q.text === label)) {
      const message = `le guide ne cite pas « ${label} », l'élément sur lequel le parcours agit`;
      result.problems.push(problem(item.line, stepSubject(link.flow, link.number), item.sentence, message));
    }
  }
}

/** Within a flow, the guide's sentences come in the flow's order. */
function checkOrder(result: FlowsCheck): void {
  const lastSeen = new Map<Flow, StepLink>();
  for (const link of result.steps) {
    const previous = lastSeen.get(link.flow);
    if (previous && previous.number > link.number) {
      const message = `le guide place cette étape après l'étape ${previous.number} (« ${previous.step.id} », ligne ${previous.item.line}), le parcours la fait avant`;
      result.problems.push(problem(link.item.line, stepSubject(link.flow, link.number), link.item.sentence, message));
    }
    if (!previous || link.number > previous.number) lastSeen.set(link.flow, link);
  }
}

/** Main-flow steps no sentence covers, and rules the flows show that the guide never states. */
function checkCoverage(guide: ParsedGuide, catalog: FlowCatalog, result: FlowsCheck): void {
  for (const flow of catalog.main) {
    const linked = result.steps.filter((s) => s.flow === flow);
    flow.steps.forEach((step, index) => {
      if (linked.some((s) => s.step === step)) return;
      // Point at the sentence the missing one should follow: the nearest covered step before it.
      const before = linked.filter((s) => s.number < index + 1).at(-1) ?? linked[0];
      const message = `aucune phrase du guide ne couvre l'étape « ${step.id} » du parcours « ${flow.id} »`;
      result.problems.push(problem(before?.item.line ?? 1, stepSubject(flow, index + 1), `(parcours) ${flow.id}/${step.id}`, message));
    });
  }
  const stated = new Set(result.rules.map((r) => r.ruleId));
  const shown = [...new Set(catalog.all.flatMap((f) => f.rules ?? []))];
  const anchor = result.rules[0]?.item.line ?? guide.items[0]?.line ?? 1;
  for (const ruleId of shown.filter((r) => !stated.has(r))) {
    const flows = catalog.all.filter((f) => f.rules?.includes(ruleId)).map((f) => f.id);
    const message = `les parcours ${flows.join(', ')} montrent cette règle, le guide ne l'énonce nulle part`;
    result.problems.push(problem(anchor, `Règle ${ruleId}`, '(absente du guide)', message));
  }
}

function problem(line: number, subject: string, sentence: string, message: string): Problem {
  return { check: 'flows', line, subject, sentence, message };
}
