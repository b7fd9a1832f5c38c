/**
 * Two pictures per time rule, the day before and the day after the limit the
 * guide states (its own number, the site's setting only when the guide gives
 * none), captioned « Jour 14 : « Rouvrir le litige » est proposé » /
 * « Jour 16 : il ne l'est plus ». The same placement as the guide check's
 * experiments (flows/boundaries.ts), on the website.
 */
import { join } from 'node:path';
import type { Page } from 'playwright';
import { ruleParameters, type RuleParameter } from '../../mock-site/domain/rule-parameters';
import type { RuleId } from '../../mock-site/domain/rules';
import { boundaries, placeAtDay, type Boundary } from '../../flows/boundaries';
import { quantitiesIn } from '../../harness/guide-quantities';
import type { GuideText } from '../../flows/guide-text';
import { SimClient } from '../../harness/sim-client';
import { config } from '../../lib/config';
import type { EditionName } from '../../mock-site/domain/editions/index';
import { siteEdition } from '../../harness/simulator';

export interface BoundaryShot {
  ruleId: string;
  day: number;
  caption: string;
  image: string;
}

/** A picture to take: a rule's boundary on one day, with its caption. */
export interface PlannedLimit {
  boundary: Boundary;
  day: number;
  caption: string;
}

/**
 * The limit pictures of the rules the guide states, one branch per rule (the
 * first one listed; reopen.window: counted from the delivery). `only` keeps
 * some rules (a test that needs one rule's pictures).
 */
export function plannedLimits(guide: GuideText, edition: EditionName = config.POLICY_EDITION, only?: readonly RuleId[]): PlannedLimit[] {
  const ofEdition = boundaries.filter((b) => b.edition === edition && (only === undefined || only.includes(b.ruleId)));
  const perRule = ofEdition.filter((b, i) => ofEdition.findIndex((o) => o.ruleId === b.ruleId) === i);
  return perRule
    .filter((b) => guide.ruleSentence(b.ruleId) !== undefined)
    .flatMap((boundary) => {
      const limit = limitOf(boundary, guide);
      return [
        { boundary, day: limit - 1, caption: boundary.captions.before(limit - 1) },
        { boundary, day: limit + 1, caption: boundary.captions.after(limit + 1) },
      ];
    });
}

/** The guide's number of days for the rule (the first duration of its sentence), else the site's. */
function limitOf(boundary: Boundary, guide: GuideText): number {
  const item = guide.parsed.items.find((i) => i.markers.some((m) => m.kind === 'rule' && m.ruleId === boundary.ruleId));
  const stated = item ? quantitiesIn(item.segments).find((q) => !q.business) : undefined;
  if (stated) return Math.ceil(stated.hours / 24);
  const parameters: Partial<Record<string, readonly RuleParameter[]>> = ruleParameters(siteEdition().parameters);
  return parameters[boundary.ruleId]?.[0]?.days ?? 0;
}

/** One limit picture, in `page` (a website page from openCapturePage), on a session of its own. */
export async function shootLimit(page: Page, planned: PlannedLimit, outDir: string): Promise<BoundaryShot> {
  const { boundary, day, caption } = planned;
  const placed = await placeAtDay(new SimClient(page.request), boundary, day);
  if (!placed.reached) throw new Error(`${boundary.scenario} commence au jour ${placed.firstDay} : pas de photo du jour ${day}`);
  await page.goto(boundary.action?.on === 'order' ? `/commandes/${placed.dispute.orderId}` : placed.path);
  const image = `limite-${boundary.ruleId.replaceAll('.', '-')}-jour-${String(day).padStart(3, '0')}.png`;
  const shot = () => page.screenshot({ path: join(outDir, image), fullPage: true, animations: 'disabled', caret: 'hide' });
  // A full-page capture on a busy machine now and then gets Chromium's « Unable to capture screenshot »: one more try.
  await shot().catch(async (error: unknown) => {
    if (!String(error).includes('Unable to capture screenshot')) throw error;
    await shot();
  });
  return { ruleId: boundary.ruleId, day, caption, image };
}
