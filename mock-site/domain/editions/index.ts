/** Every edition by name; POLICY_EDITION and the control API choose among these. */
import { edition2016 } from './2016';
import { edition2026 } from './2026';
import type { Edition, EditionName } from './types';

export { editionNames, type Edition, type EditionBehaviours, type EditionName, type EditionParameters } from './types';

export const editions: Readonly<Record<EditionName, Edition>> = { '2016': edition2016, '2026': edition2026 };

/** Today's rules: what a session gets when nobody chose. */
export const DEFAULT_EDITION: EditionName = '2026';

/** Numbers set over an edition's own (SELLER_RESPONSE_DAYS, REOPEN_WINDOW_DAYS); undefined keeps the edition's. */
export interface ParameterOverrides {
  sellerResponseDays?: number;
  reopenWindowDays?: number;
}

/** The overrides as the settings write them (lib/config.ts): one reading for the simulator and the tools that predict it. */
export function overridesFrom(settings: { SELLER_RESPONSE_DAYS?: number; REOPEN_WINDOW_DAYS?: number }): ParameterOverrides {
  return { sellerResponseDays: settings.SELLER_RESPONSE_DAYS, reopenWindowDays: settings.REOPEN_WINDOW_DAYS };
}

/**
 * An edition with a setting's numbers over its own: a site whose window moved,
 * so that the guide check can show it catching a guide left behind. A number
 * the edition does not have stays absent: an override never creates a rule.
 */
export function editionWith(name: EditionName, overrides: ParameterOverrides = {}): Edition {
  const edition = editions[name];
  const own = edition.parameters;
  const sellerResponseDays = overrides.sellerResponseDays ?? own.sellerResponseDays;
  const reopenWindowDays = own.reopenWindowDays === undefined ? undefined : (overrides.reopenWindowDays ?? own.reopenWindowDays);
  if (sellerResponseDays === own.sellerResponseDays && reopenWindowDays === own.reopenWindowDays) return edition;
  return { ...edition, parameters: { ...own, sellerResponseDays, ...(reopenWindowDays === undefined ? {} : { reopenWindowDays }) } };
}
