/**
 * The simulator's use cases: each action reads the session's clock, asks the
 * policy, and only when allowed applies the transition. A refused action
 * returns the rule id and the French explanation and changes nothing.
 * Node runs each request's synchronous part alone, so check-then-change here
 * cannot interleave: 20 identical cancels give one change and 19 refusals.
 */
import type { Dispute, Order, ProblemCode } from './domain/schema';
import {
  decideCancel,
  decideEvidence,
  decideMessage,
  decideOpen,
  decideReopen,
  settleDeadline,
  type Decision,
  type PolicySettings,
  type RuleId,
} from './domain/policy';
import { addBuyerMessage, cancelDispute, newDispute, reopenDispute, sendEvidence } from './domain/transitions';
import { advanceSessionClock, changeState, sessionNow, type Session } from './sessions';

export type ActionResult =
  | { ok: true; dispute: Dispute }
  | { ok: false; reason: 'not_found'; what: 'order' | 'dispute' }
  | { ok: false; reason: 'refused'; rule: RuleId; message: string };

const DAY_MS = 86_400_000;

export class Shop {
  private readonly relaxed: ReadonlySet<string>;
  /** The revision each session was last settled at: settling again before a change would find nothing to do. */
  private readonly settledAt = new WeakMap<Session, number>();

  /** `relaxedRules` is a test hook: those rules stop being enforced (the guide check's self-test). */
  constructor(
    readonly settings: PolicySettings,
    relaxedRules: readonly string[] = [],
  ) {
    this.relaxed = new Set(relaxedRules);
  }

  /** Lets time do its work (seller deadlines) before anything reads the state. */
  settle(session: Session): void {
    if (this.settledAt.get(session) === session.revision) return;
    const now = sessionNow(session);
    const before = session.state.disputes;
    const after = before.map((d) => settleDeadline(d, now, this.settings));
    if (after.some((d, i) => d !== before[i])) changeState(session, { disputes: after });
    this.settledAt.set(session, session.revision);
  }

  findOrder(session: Session, orderId: string): Order | undefined {
    return session.state.orders.find((o) => o.id === orderId);
  }

  findDispute(session: Session, disputeId: string): Dispute | undefined {
    return session.state.disputes.find((d) => d.id === disputeId);
  }

  disputesOf(session: Session, orderId: string): Dispute[] {
    return session.state.disputes.filter((d) => d.orderId === orderId);
  }

  cancel(session: Session, disputeId: string): ActionResult {
    return this.act(
      session,
      disputeId,
      (d) => decideCancel(d),
      (d, now) => cancelDispute(d, now),
    );
  }

  reopen(session: Session, disputeId: string): ActionResult {
    return this.act(
      session,
      disputeId,
      (d, now, order) => decideReopen(d, order, now, this.settings),
      (d, now) => reopenDispute(d, now),
    );
  }

  sendEvidence(session: Session, disputeId: string, evidence: { description: string; attachments: string[] }): ActionResult {
    return this.act(
      session,
      disputeId,
      (d) => decideEvidence(d),
      (d, now) => sendEvidence(d, now, evidence),
    );
  }

  postMessage(session: Session, disputeId: string, text: string): ActionResult {
    return this.act(
      session,
      disputeId,
      (d) => decideMessage(d),
      (d, now) => addBuyerMessage(d, now, text),
    );
  }

  openDispute(
    session: Session,
    orderId: string,
    input: { problem: ProblemCode; reason: string; requestedRefundCents: number },
  ): ActionResult {
    this.settle(session);
    const order = this.findOrder(session, orderId);
    if (!order) return { ok: false, reason: 'not_found', what: 'order' };
    const now = sessionNow(session);
    const decision = decideOpen(order, this.disputesOf(session, orderId), input.problem, now);
    if (this.refuses(decision)) return refused(decision);
    const dispute = newDispute({ id: nextDisputeId(session), orderId, ...input }, now);
    changeState(session, { disputes: [...session.state.disputes, dispute] });
    return { ok: true, dispute };
  }

  advanceClock(session: Session, days: number): void {
    advanceSessionClock(session, days * DAY_MS);
    this.settle(session);
  }

  private refuses(decision: Decision): decision is Extract<Decision, { allowed: false }> {
    return !decision.allowed && !this.relaxed.has(decision.rule);
  }

  private act(
    session: Session,
    disputeId: string,
    decide: (dispute: Dispute, now: Date, order: Order) => Decision,
    apply: (dispute: Dispute, now: Date) => Dispute,
  ): ActionResult {
    this.settle(session);
    const dispute = this.findDispute(session, disputeId);
    const order = dispute && this.findOrder(session, dispute.orderId);
    if (!dispute || !order) return { ok: false, reason: 'not_found', what: 'dispute' };
    const now = sessionNow(session);
    const decision = decide(dispute, now, order);
    if (this.refuses(decision)) return refused(decision);
    const changed = apply(dispute, now);
    changeState(session, { disputes: session.state.disputes.map((d) => (d.id === disputeId ? changed : d)) });
    return { ok: true, dispute: changed };
  }
}

function refused(decision: Extract<Decision, { allowed: false }>): ActionResult {
  return { ok: false, reason: 'refused', rule: decision.rule, message: decision.message };
}

/** Ids only need to be unique within the session (a scenario may already use the next number). */
function nextDisputeId(session: Session): string {
  const taken = new Set(session.state.disputes.map((d) => d.id));
  let n = 9_000_001 + session.state.disputes.length;
  while (taken.has(`LT-${n}`)) n += 1;
  return `LT-${n}`;
}
