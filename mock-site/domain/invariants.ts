/**
 * What must hold whatever a visitor does, written once: the model-based tests
 * (tests/unit/invariants.spec.ts) check them after every action of random
 * sequences, in every edition of the rules. Pure: snapshots in, violations out.
 */
import { isActive, isFinal } from './policy';
import type { Dispute } from './schema';

export const INVARIANTS = {
  singleOpenDispute: 'one-open-dispute-per-order',
  resolvedNeverChanges: 'resolved-never-changes',
  refusedChangesNothing: 'refused-changes-nothing',
  clockForward: 'clock-forward',
} as const;

export type InvariantId = (typeof INVARIANTS)[keyof typeof INVARIANTS];

export interface Violation {
  invariant: InvariantId;
  message: string;
}

/** What the invariants look at: a session's clock and shop state. */
export interface Snapshot {
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

/** Invariants of one state: at most one open dispute per order. */
export function checkState(state: Snapshot): Violation[] {
  const openByOrder = new Map<string, string[]>();
  for (const d of state.disputes) if (isActive(d.status)) openByOrder.set(d.orderId, [...(openByOrder.get(d.orderId) ?? []), d.id]);
  return [...openByOrder]
    .filter(([, ids]) => ids.length > 1)
    .map(([order, ids]) => ({
      invariant: INVARIANTS.singleOpenDispute,
      message: `commande ${order} : ${ids.join(', ')} ouverts ensemble`,
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
