/** Every edition by name; POLICY_EDITION and the control API choose among these. */
import { edition2016 } from './2016';
import { edition2026 } from './2026';
import type { Edition, EditionName } from './types';

export { editionNames, type Edition, type EditionBehaviours, type EditionName, type EditionParameters } from './types';

export const editions: Readonly<Record<EditionName, Edition>> = { '2016': edition2016, '2026': edition2026 };

/** Today's rules: what a session gets when nobody chose. */
export const DEFAULT_EDITION: EditionName = '2026';
