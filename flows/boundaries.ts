/**
 * The time rules as experiments: a scenario, the moment the rule counts its
 * days from, and what "still in time" and "too late" look like on the site.
 * The guide check places a session just before and just after the guide's
 * own number of days and observes (harness/observe.ts); the illustrated
 * guide photographs the same two moments.
 */
import { labels } from './scenario-facts';
import { DAY_MS } from '../mock-site/domain/clock';
import type { EditionName } from '../mock-site/domain/editions/index';
import { RULES, type RuleId } from '../mock-site/domain/rules';
import type { SimClient, SimState } from '../harness/sim-client';

type Dispute = SimState['disputes'][number];

export interface Boundary {
  ruleId: RuleId;
  /** The edition of the rules whose limit this is: each edition has its own time rules. */
  edition: EditionName;
  /** Which start of the count this branch shows (reopen.window counts from delivery or from the protection's end). */
  branch: string;
  /** Where the days count from, in French, for a report: « depuis l'ouverture du litige ». */
  from: string;
  scenario: string;
  /** When the rule's days start counting, read from the session. */
  origin: (state: SimState, dispute: Dispute) => string | undefined;
  /**
   * The action the rule allows in time, if any: its button, on the dispute's page or its order's, and
   * the request it sends (POST to that page's address + `/verb`, with `body`).
   */
  action?: { label: string; verb: string; on?: 'dispute' | 'order'; body?: (dispute: Dispute) => object };
  /** The dispute status in time and once too late, if the rule moves it by itself. */
  status?: { before: Dispute['status']; after: Dispute['status'] };
  /** Captions of the two pictures (our words; the label is the guide's quote). */
  captions: { before: (day: number) => string; after: (day: number) => string };
}

export const boundaries: readonly Boundary[] = [
  {
    ruleId: RULES.sellerDeadline,
    edition: '2016',
    branch: 'ouverture',
    from: "depuis l'ouverture du litige",
    // Opened 3 days before the scenario's now: any guide's number from day 4 on can be tried.
    scenario: 'litige-en-attente',
    origin: (_state, dispute) => dispute.sellerClockFrom ?? dispute.openedAt,
    status: { before: 'awaiting_seller', after: 'in_mediation' },
    captions: {
      before: (day) => `Jour ${day} : le litige attend encore la réponse du vendeur`,
      after: (day) => `Jour ${day} : sans réponse, AliExpress se saisit du litige`,
    },
  },
  ...(['livraison', 'protection'] as const).map((branch): Boundary => ({
    ruleId: RULES.reopenWindow,
    edition: '2016',
    branch,
    from: branch === 'livraison' ? 'depuis la confirmation de la livraison' : 'depuis la fin de la protection acheteur',
    scenario: branch === 'livraison' ? 'litige-annule' : 'protection-expiree',
    origin: (state, dispute) => {
      const order = state.orders.find((o) => o.id === dispute.orderId);
      return branch === 'livraison' ? order?.deliveryConfirmedAt : order?.protectionEndsAt;
    },
    action: { label: labels.reopen, verb: 'rouvrir' },
    captions: {
      before: (day) => `Jour ${day} : « ${labels.reopen} » est proposé`,
      after: (day) => `Jour ${day} : il ne l'est plus`,
    },
  })),
  {
    ruleId: RULES.sellerDeadline,
    edition: '2026',
    branch: 'ouverture',
    from: "depuis l'ouverture du litige",
    scenario: 'litige-en-attente',
    origin: (_state, dispute) => dispute.sellerClockFrom ?? dispute.openedAt,
    // Today the seller's silence carries out the buyer's request: the dispute ends refunded.
    status: { before: 'awaiting_seller', after: 'resolved' },
    captions: {
      before: (day) => `Jour ${day} : le litige attend encore la réponse du vendeur`,
      after: (day) => `Jour ${day} : sans réponse du vendeur, vous êtes remboursé`,
    },
  },
  {
    ruleId: RULES.aliexpressStepsIn,
    edition: '2026',
    branch: 'réponse du vendeur',
    from: 'depuis la réponse du vendeur',
    scenario: 'vendeur-refuse',
    origin: (_state, dispute) => dispute.sellerAnswer?.at,
    status: { before: 'seller_refused', after: 'in_mediation' },
    captions: {
      before: (day) => `Jour ${day} : le vendeur a refusé, le litige reste entre vous deux`,
      after: (day) => `Jour ${day} : faute d'accord, AliExpress intervient`,
    },
  },
  {
    ruleId: RULES.decisionAppeal,
    edition: '2026',
    branch: 'décision',
    from: "depuis la décision d'AliExpress",
    scenario: 'decision-appel',
    origin: (_state, dispute) => dispute.resolution?.at,
    action: { label: labels.appeal, verb: 'appel' },
    captions: {
      before: (day) => `Jour ${day} : « ${labels.appeal} » est proposé`,
      after: (day) => `Jour ${day} : il ne l'est plus`,
    },
  },
  {
    ruleId: RULES.openAgain,
    edition: '2026',
    branch: 'réception',
    from: 'depuis la confirmation de réception',
    scenario: 'litige-annule',
    origin: (state, dispute) => state.orders.find((o) => o.id === dispute.orderId)?.deliveryConfirmedAt,
    action: {
      label: labels.openDispute,
      verb: 'litiges',
      on: 'order',
      body: (dispute) => ({ problem: dispute.problem, reason: 'Le problème est revenu', amount: 5 }),
    },
    captions: {
      before: (day) => `Jour ${day} : « ${labels.openDispute} » est proposé`,
      after: (day) => `Jour ${day} : il ne l'est plus`,
    },
  },
];

/** The control API moves the clock at most this many days per call. */
const MAX_ADVANCE = 365;

export type Placed = { reached: true; dispute: Dispute; path: string } | { reached: false; firstDay: number };

/**
 * A new session on the boundary's scenario, its clock moved to `day` days
 * after the rule's origin. The control API only moves time forward: a day
 * before the scenario's own "now" cannot be reached.
 */
export async function placeAtDay(sim: SimClient, boundary: Boundary, day: number, base = ''): Promise<Placed> {
  const started = await sim.start(boundary.scenario, boundary.edition);
  const state = await sim.state();
  const dispute = await sim.disputed();
  const origin = boundary.origin(state, dispute);
  if (!origin) throw new Error(`Le scénario ${boundary.scenario} ne dit pas quand la règle ${boundary.ruleId} commence à compter`);
  const elapsed = (Date.parse(started.now) - Date.parse(origin)) / DAY_MS;
  const advance = Math.round(day - elapsed);
  if (advance < 0) return { reached: false, firstDay: Math.ceil(elapsed) };
  for (let left = advance; left > 0; left -= MAX_ADVANCE) await sim.advanceDays(Math.min(left, MAX_ADVANCE));
  return { reached: true, dispute: await sim.dispute(dispute.id), path: `${base}/litiges/${dispute.id}` };
}
