/**
 * The guide's numbers are claims: every duration in its prose belongs to the
 * rule named by its paragraph's marker (a step's: the rules of its flow) and
 * must be one of that rule's parameters as the site applies them
 * (mock-site/domain/rule-parameters.ts). The rules' sentences that carry no
 * checkable fact (no quoted label, no duration) are listed as warnings: CI
 * cannot vouch for them.
 */
import type { Flow } from '../../flows/types';
import type { RuleParameter } from '../../mock-site/domain/rule-parameters';
import type { GuideItem, ParsedGuide, Problem } from './types';
import { inDays, quantitiesIn, type Quantity } from '../../harness/guide-quantities';

export type Parameters = Partial<Record<string, readonly RuleParameter[]>>;

/** A duration of the guide tied to a rule and to the parameter it states. */
export interface RuleClaim {
  item: GuideItem;
  ruleId: string;
  quantity: Quantity;
  /** The parameter it equals; undefined when it equals none (already a problem). */
  parameter?: RuleParameter;
}

export interface Warning {
  line: number;
  sentence: string;
  message: string;
}

export interface ClaimsCheck {
  problems: Problem[];
  claims: RuleClaim[];
  warnings: Warning[];
}

/** What a warning's note says remains prose. */
export const PROSE_NOTE =
  'restent de la prose, que la vérification ne peut pas garantir : les conseils, les raisons et les conséquences hors du site (argent perdu, promesses du vendeur) ; elle vérifie les libellés cités « … », les durées et ce que le site propose dans la situation de chaque règle';

export function checkClaims(guide: ParsedGuide, flows: readonly Flow[], parameters: Parameters): ClaimsCheck {
  const result: ClaimsCheck = { problems: [], claims: [], warnings: [] };
  for (const item of guide.items) {
    const rules = rulesOf(item, flows);
    for (const quantity of quantitiesIn(item.segments)) checkQuantity(item, rules, quantity, parameters, result);
    if (item.markers.some((m) => m.kind === 'rule')) result.warnings.push(...proseWarnings(item));
  }
  for (const paragraph of guide.unmarked) {
    for (const quantity of quantitiesIn(paragraph.segments)) {
      const message = "aucun repère ne relie ce paragraphe à une règle : ajoutez <!-- rule: id --> à sa fin pour que ce nombre soit vérifié";
      result.problems.push(problem(quantity, paragraph.sentence, message));
    }
  }
  return result;
}

/** The rules an item states: its rule markers, and the rules of the flows its step markers name. */
function rulesOf(item: GuideItem, flows: readonly Flow[]): { ruleIds: string[]; where: string } {
  const ruleIds = new Set<string>();
  const steps: string[] = [];
  for (const marker of item.markers) {
    if (marker.kind === 'rule') ruleIds.add(marker.ruleId);
    else {
      steps.push(`${marker.flowId}/${marker.stepId}`);
      for (const rule of flows.find((f) => f.id === marker.flowId)?.rules ?? []) ruleIds.add(rule);
    }
  }
  const named = [...ruleIds];
  const where = named.length > 0 ? `la règle ${named.join(', ')}` : `l'étape ${steps.join(', ')}`;
  return { ruleIds: named, where };
}

function checkQuantity(
  item: GuideItem,
  rules: { ruleIds: string[]; where: string },
  quantity: Quantity,
  parameters: Parameters,
  result: ClaimsCheck,
): void {
  const applied = rules.ruleIds.flatMap((ruleId) => (parameters[ruleId] ?? []).map((parameter) => ({ ruleId, parameter })));
  const match = applied.find(({ parameter }) => !quantity.business && parameter.days * 24 === quantity.hours);
  if (match) {
    result.claims.push({ item, ruleId: match.ruleId, quantity, parameter: match.parameter });
    return;
  }
  for (const ruleId of rules.ruleIds.filter((r) => parameters[r])) result.claims.push({ item, ruleId, quantity });
  if (applied.length === 0) {
    const message = `${rules.where} ne fixe aucune durée sur le site : ce nombre ne correspond à rien de ce que le site applique`;
    result.problems.push(problem(quantity, item.sentence, message));
    return;
  }
  const says = applied.map(({ ruleId, parameter }) => `${parameter.says} (${ruleId})`).join(' ; ');
  const business = quantity.business ? 'le site compte des jours calendaires, pas des jours ouvrés : ' : '';
  // « 48 heures » or « deux semaines » are compared in days: say what they make.
  const converted = quantity.business || quantity.unit === 'jours' ? '' : ` ; « ${quantity.text} » font ${inDays(quantity.hours)}`;
  result.problems.push(problem(quantity, item.sentence, `${business}${says}${converted}`));
}

/** The sentences of a rule's paragraph with no quoted label and no duration. */
function proseWarnings(item: GuideItem): Warning[] {
  return sentencesOf(item.sentence)
    .filter((sentence) => !/«[^»]+»/.test(sentence) && quantitiesIn([{ text: sentence, line: item.line }]).length === 0)
    .map((sentence) => ({ line: item.line, sentence, message: 'aucun fait vérifiable (ni libellé cité, ni durée)' }));
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ«])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function problem(quantity: Quantity, sentence: string, message: string): Problem {
  return { check: 'claims', line: quantity.line, subject: `« ${quantity.text} »`, sentence, message };
}
