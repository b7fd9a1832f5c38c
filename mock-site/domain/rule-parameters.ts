/**
 * The quantities each rule applies, as the site applies them, read from the
 * policy's settings: the one place the guide check compares the guide's
 * numbers with (« 15 jours » in the seller.deadline sentence must be one of
 * seller.deadline's parameters). Built from a PolicySettings value, so any
 * set of settings (another edition's, a test's) gives its own table.
 */
import { RULES, type PolicySettings, type RuleId } from './policy';

export interface RuleParameter {
  /** The setting it comes from. */
  name: keyof PolicySettings;
  /** Calendar days: the site counts whole days from a moment (never business days). */
  days: number;
  /** What the site does with it, in French, for a report: « le site laisse 15 jours au vendeur pour répondre ». */
  says: string;
}

/** Per rule id, the durations it applies; a rule absent here applies none. */
export function ruleParameters(settings: PolicySettings): Partial<Record<RuleId, readonly RuleParameter[]>> {
  return {
    [RULES.sellerDeadline]: [
      {
        name: 'sellerResponseDays',
        days: settings.sellerResponseDays,
        says: `le site laisse ${settings.sellerResponseDays} jours au vendeur pour répondre`,
      },
    ],
    [RULES.reopenWindow]: [
      {
        name: 'reopenWindowDays',
        days: settings.reopenWindowDays,
        says: `le site permet de rouvrir un litige annulé pendant ${settings.reopenWindowDays} jours`,
      },
    ],
  };
}
