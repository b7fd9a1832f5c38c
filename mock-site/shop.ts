/**
 * The simulator's use cases: each action reads the session's clock, asks the
 * policy, checks the session's storage caps, and only when all allow it
 * consumes an armed one-shot fault (so a fault never replaces a refusal) and
 * applies the transition. A refused action returns the rule id (or the limit's
 * code) and the French explanation and changes nothing.
 * Node runs each request's synchronous part alone, so check-then-change here
 * cannot interleave: 20 identical cancels give one change and 19 refusals.
 */
import { DAY_MS } from './domain/clock';
import { editions, type Edition } from './domain/editions/index';
import type { Dispute, Order, ProblemCode, RefundType } from './domain/schema';
import {
  decideAppeal,
  decideCancel,
  decideEvidence,
  decideMessage,
  decideOpen,
  decideProposal,
  decideReopen,
  settleDispute,
  isActive,
  RULES,
  type Decision,
  type RuleId,
} from './domain/policy';
import {
  acceptProposal,
  addBuyerMessage,
  appealDecision,
  cancelDispute,
  newDispute,
  refuseProposal,
  reopenDispute,
  sendEvidence,
} from './domain/transitions';
import { takeFailure, type FaultAction, type FaultStatus } from './faults';
import { orderTotalCents } from './presenters/labels';
import { advanceSessionClock, changeState, sessionNow, type Session } from './sessions';
import { DISPUTE_ACTIONS, OPEN_DISPUTE_FAULT } from './urls';
import { limit, storedBytes as bytes, type LimitCode, type ShopLimits } from './shop-limits';
import { formatPrice } from './views/format';

export { disputeSummary, type ShopLimits } from './shop-limits';

export type ActionResult =
  | { ok: true; dispute: Dispute }
  | { ok: false; reason: 'not_found'; what: 'order' | 'dispute' }
  | { ok: false; reason: 'refused'; rule: RuleId; message: string }
  | { ok: false; reason: 'limit'; code: LimitCode; message: string }
  | { ok: false; reason: 'invalid'; field: string; message: string }
  | { ok: false; reason: 'fault'; action: FaultAction; status: FaultStatus };

/** What an action changes, and the visitor text it adds (counted against SESSION_MAX_KB). */
interface Change {
  action: FaultAction;
  decide: (dispute: Dispute, now: Date, order: Order) => Decision;
  apply: (dispute: Dispute, now: Date) => Dispute;
  addedBytes?: number;
  limit?: (dispute: Dispute) => ActionResult | undefined;
}

export class Shop {
  private readonly relaxed: ReadonlySet<string>;
  /** The revision each session was last settled at: settling again before a change would find nothing to do. */
  private readonly settledAt = new WeakMap<Session, number>();

  /** `relaxedRules` is a test hook: those rules stop being enforced (the guide check's self-test). */
  constructor(
    readonly limits: ShopLimits,
    relaxedRules: readonly string[] = [],
    /** The edition a session plays, by name: the editions as written, or with a test's numbers over them. */
    private readonly editionNamed: (name: Session['edition']) => Edition = (name) => editions[name],
  ) {
    this.relaxed = new Set(relaxedRules);
  }

  /** The rules this session plays by. */
  editionOf(session: Session): Edition {
    return this.editionNamed(session.edition);
  }

  /** Lets time do its work (seller deadlines) before anything reads the state. */
  settle(session: Session): void {
    if (this.settledAt.get(session) === session.revision) return;
    const now = sessionNow(session);
    const before = session.state.disputes;
    const edition = this.editionOf(session);
    const after = before.map((d) => settleDispute(d, now, edition));
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
    return this.act(session, disputeId, { action: DISPUTE_ACTIONS.cancel, decide: (d) => decideCancel(d), apply: (d, now) => cancelDispute(d, now) });
  }

  reopen(session: Session, disputeId: string): ActionResult {
    const edition = this.editionOf(session);
    return this.act(session, disputeId, {
      action: DISPUTE_ACTIONS.reopen,
      decide: (d, now, order) => {
        const policy = decideReopen(d, order, now, edition);
        // Today's rules have no reopening at all (open.again): that is the answer, whatever else is open.
        if (this.refuses(policy) && policy.rule === RULES.openAgain) return policy;
        // dispute.single-active holds on every path: a reopened dispute must not join another open one in its scope.
        return this.onlyOpenOne(session, d, edition) ?? policy;
      },
      apply: (d, now) => reopenDispute(d, now),
    });
  }

  /** 2016: once, after a refusal, and it brings AliExpress in; 2026: added or replaced until the decision (bytes still count). */
  sendEvidence(session: Session, disputeId: string, evidence: { description: string; attachments: string[] }): ActionResult {
    const edition = this.editionOf(session);
    return this.act(session, disputeId, {
      action: DISPUTE_ACTIONS.evidence,
      decide: (d) => decideEvidence(d, edition),
      apply: (d, now) => sendEvidence(d, now, evidence, edition.behaviours.evidence === 'after-refusal'),
      addedBytes: bytes(evidence.description, ...evidence.attachments),
    });
  }

  acceptProposal(session: Session, disputeId: string): ActionResult {
    return this.act(session, disputeId, {
      action: DISPUTE_ACTIONS.accept,
      decide: (d) => decideProposal(d, this.editionOf(session)),
      apply: acceptProposal,
    });
  }

  refuseProposal(session: Session, disputeId: string): ActionResult {
    return this.act(session, disputeId, {
      action: DISPUTE_ACTIONS.refuse,
      decide: (d) => decideProposal(d, this.editionOf(session)),
      apply: refuseProposal,
    });
  }

  appeal(session: Session, disputeId: string): ActionResult {
    return this.act(session, disputeId, {
      action: DISPUTE_ACTIONS.appeal,
      decide: (d, now) => decideAppeal(d, now, this.editionOf(session)),
      apply: appealDecision,
    });
  }

  postMessage(session: Session, disputeId: string, text: string): ActionResult {
    const max = this.limits.messagesPerDispute;
    return this.act(session, disputeId, {
      action: DISPUTE_ACTIONS.message,
      decide: (d) => decideMessage(d, this.editionOf(session)),
      apply: (d, now) => addBuyerMessage(d, now, text),
      addedBytes: bytes(text),
      limit: (d) =>
        d.messages.length >= max
          ? limit('limit.messages', `Ce litige compte déjà ${max} messages, le maximum du simulateur : rien n'a été envoyé.`)
          : undefined,
    });
  }

  openDispute(
    session: Session,
    orderId: string,
    input: { problem: ProblemCode; reason: string; requestedRefundCents: number; item?: number; refundType?: RefundType },
  ): ActionResult {
    this.settle(session);
    const order = this.findOrder(session, orderId);
    if (!order) return { ok: false, reason: 'not_found', what: 'order' };
    const total = orderTotalCents(order);
    if (input.requestedRefundCents > total) {
      const message = `le montant demandé ne peut dépasser le prix payé pour cette commande (${formatPrice(total)})`;
      return { ok: false, reason: 'invalid', field: 'amount', message };
    }
    const now = sessionNow(session);
    const edition = this.editionOf(session);
    const decision = decideOpen(order, this.disputesOf(session, orderId), input.problem, now, edition, input.item ?? 0);
    if (this.refuses(decision)) return refused(decision);
    const added = bytes(input.reason);
    const blocked = this.sessionFull(session, added) ?? this.fault(session, OPEN_DISPUTE_FAULT);
    if (blocked) return blocked;
    // What an edition does not know is not recorded: a 2016 dispute covers the whole order, with no refund type.
    const { item, refundType, ...common } = input;
    const scoped = edition.behaviours.disputeScope === 'item' ? { item: item ?? 0 } : {};
    const typed = edition.behaviours.refundType ? { refundType: refundType ?? 'refund-only' } : {};
    const dispute = newDispute({ id: nextDisputeId(session), orderId, ...common, ...scoped, ...typed }, now);
    changeState(session, { disputes: [...session.state.disputes, dispute] }, added);
    return { ok: true, dispute };
  }

  advanceClock(session: Session, days: number): void {
    advanceSessionClock(session, days * DAY_MS);
    this.settle(session);
  }

  private refuses(decision: Decision): decision is Extract<Decision, { allowed: false }> {
    return !decision.allowed && !this.relaxed.has(decision.rule);
  }

  private act(session: Session, disputeId: string, change: Change): ActionResult {
    this.settle(session);
    const dispute = this.findDispute(session, disputeId);
    const order = dispute && this.findOrder(session, dispute.orderId);
    if (!dispute || !order) return { ok: false, reason: 'not_found', what: 'dispute' };
    const now = sessionNow(session);
    const decision = change.decide(dispute, now, order);
    if (this.refuses(decision)) return refused(decision);
    const blocked = change.limit?.(dispute) ?? this.sessionFull(session, change.addedBytes ?? 0) ?? this.fault(session, change.action);
    if (blocked) return blocked;
    const changed = change.apply(dispute, now);
    changeState(session, { disputes: session.state.disputes.map((d) => (d.id === disputeId ? changed : d)) }, change.addedBytes);
    return { ok: true, dispute: changed };
  }

  /** Another dispute is still open where this one would count (its order in 2016, its item line in 2026): this one cannot join it. */
  private onlyOpenOne(session: Session, dispute: Dispute, edition: Edition): Decision | undefined {
    if (dispute.status !== 'cancelled') return undefined;
    const perItem = edition.behaviours.disputeScope === 'item';
    const sameScope = (d: Dispute) => !perItem || (d.item ?? 0) === (dispute.item ?? 0);
    const other = this.disputesOf(session, dispute.orderId).find((d) => d.id !== dispute.id && isActive(d.status) && sameScope(d));
    if (!other) return undefined;
    const what = perItem ? 'cet article' : 'cette commande';
    return {
      allowed: false,
      rule: RULES.singleActiveDispute,
      message: `Un autre litige (${other.id}) est déjà en cours pour ${what} : il ne peut y en avoir qu'un ouvert à la fois.`,
    };
  }

  private sessionFull(session: Session, added: number): ActionResult | undefined {
    if (added === 0 || session.addedBytes + added <= this.limits.sessionBytes) return undefined;
    const kb = Math.floor(this.limits.sessionBytes / 1024);
    return limit(
      'limit.session',
      `Cette session a atteint sa limite de ${kb} Ko de textes : rien n'a été enregistré. Réinitialisez-la (/__sim) pour repartir.`,
    );
  }

  /** Consumed only here, once everything else said yes. */
  private fault(session: Session, action: FaultAction): ActionResult | undefined {
    const status = takeFailure(session.faults, action);
    return status ? { ok: false, reason: 'fault', action, status } : undefined;
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
