/**
 * What must hold whatever a visitor does, written once: the model-based tests
 * (tests/unit/invariants.spec.ts) check them after every action of random
 * sequences, in every edition of the rules. Pure: snapshots in, violations out.
 */
import { editions, type EditionName } from './editions/index';
import { isActive, isFinal } from './policy';
import type { Dispute } from './schema';

export const INVARIANTS = {
  // Per order in 2016, per item line in 2026 (editions' disputeScope).
  singleOpenDispute: 'one-open-dispute-per-order-or-item',
  resolvedNeverChanges: 'resolved-never-changes',
  refusedChangesNothing: 'refused-changes-nothing',
  clockForward: 'clock-forward',
} as const;

export type InvariantId = (typeof INVARIANTS)[keyof typeof INVARIANTS];

export interface Violation {
  invariant: InvariantId;
  message: string;
}

/** What the invariants look at: a session's edition, clock and shop state. */
export interface Snapshot {
  /** The rules the session plays: they say what « one open dispute » counts (an order, or an item line). */
  edition: EditionName;
  now: string;
  orders: readonly unknown[];
  disputes: readonly Dispute[];
}

/** How the step between two snapshots went. */
export interface Step {
  /** The request was refused (any 4xx/5xx): it must have changed nothing. */
  refused: boolean;
  /** A reset: back to the scenario's start, the one move allowed to go back in time. */
  reset: boolean;
}

/**
 * Invariants of one state: at most one open dispute per order (2016), or per
 * item line of an order (2026, where a dispute belongs to one line: absent
 * `item` is the first line, as the policy reads it).
 */
export function checkState(state: Snapshot): Violation[] {
  const perItem = editions[state.edition].behaviours.disputeScope === 'item';
  const openByScope = new Map<string, string[]>();
  for (const d of state.disputes.filter((x) => isActive(x.status))) {
    const scope = perItem ? `commande ${d.orderId}, article ${(d.item ?? 0) + 1}` : `commande ${d.orderId}`;
    openByScope.set(scope, [...(openByScope.get(scope) ?? []), d.id]);
  }
  return [...openByScope]
    .filter(([, ids]) => ids.length > 1)
    .map(([scope, ids]) => ({
      invariant: INVARIANTS.singleOpenDispute,
      message: `${scope} : ${ids.join(', ')} ouverts ensemble`,
    }));
}

/** Invariants of a step: a refusal changes nothing, a resolved dispute never changes, the clock only moves forward. */
export function checkStep(before: Snapshot, after: Snapshot, step: Step): Violation[] {
  const violations = checkState(after);
  if (step.refused && !sameJson(before, after)) {
    violations.push({ invariant: INVARIANTS.refusedChangesNothing, message: 'une demande refusée a modifié l’état' });
  }
  if (step.reset) return violations;
  if (Date.parse(after.now) < Date.parse(before.now)) {
    violations.push({ invariant: INVARIANTS.clockForward, message: `l’horloge a reculé : ${before.now} → ${after.now}` });
  }
  for (const d of before.disputes.filter((x) => isFinal(x.status))) {
    const later = after.disputes.find((x) => x.id === d.id);
    if (!later || !sameJson(d, later)) {
      violations.push({ invariant: INVARIANTS.resolvedNeverChanges, message: `le litige résolu ${d.id} a changé` });
    }
  }
  return violations;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
