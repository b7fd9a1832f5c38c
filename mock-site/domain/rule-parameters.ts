/**
 * The quantities each rule applies, as the site applies them, read from an
 * edition's parameters: the one place the guide check compares the guide's
 * numbers with (« 5 jours » in the seller.deadline sentence must be one of
 * seller.deadline's parameters). A number the edition does not have gives no
 * entry, so a guide that states it is reported: that edition has no such rule.
 */
import type { EditionParameters } from './editions/index';
import { RULES, type RuleId } from './rules';

export interface RuleParameter {
  /** The edition's parameter it comes from. */
  name: keyof EditionParameters;
  /** Calendar days: the site counts whole days from a moment (never business days). */
  days: number;
  /** What the site does with it, in French, for a report: « le site laisse 5 jours au vendeur pour répondre ». */
  says: string;
}

type Phrase = (days: number) => string;

/** Each parameter, the rule that applies it, and how a report says it. */
const table: readonly [RuleId, keyof EditionParameters, Phrase][] = [
  [RULES.sellerDeadline, 'sellerResponseDays', (n) => `le site laisse ${n} jours au vendeur pour répondre`],
  [RULES.reopenWindow, 'reopenWindowDays', (n) => `le site permet de rouvrir un litige annulé pendant ${n} jours`],
  [RULES.aliexpressStepsIn, 'mediationAfterDays', (n) => `AliExpress intervient ${n} jours après la réponse du vendeur, faute d'accord`],
  [RULES.decisionAppeal, 'appealDays', (n) => `le site permet de faire appel pendant ${n} jours après la décision`],
  [RULES.openAgain, 'protectionAfterReceiptDays', (n) => `la protection acheteur dure ${n} jours après la confirmation de réception`],
];

/** Per rule id, the durations it applies in these parameters; a rule absent here applies none. */
export function ruleParameters(parameters: Readonly<EditionParameters>): Partial<Record<RuleId, readonly RuleParameter[]>> {
  const byRule: Partial<Record<RuleId, RuleParameter[]>> = {};
  for (const [rule, name, says] of table) {
    const days = parameters[name];
    if (days === undefined) continue;
    (byRule[rule] ??= []).push({ name, days, says: says(days) });
  }
  return byRule;
}
