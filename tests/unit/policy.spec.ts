/**
 * Table-driven tests of every policy rule in the 2016 edition (the reference
 * guide's rules): each row is a state, a clock and an action, and the expected
 * answer (allowed or refused, with the rule id). Today's edition: policy-2026.spec.ts.
 */
import { test, expect } from '../../fixtures/test';
import {
  RULES,
  cancelRequestWarning,
  decideCancel,
  decideEvidence,
  decideMessage,
  decideOpen,
  decideReopen,
  sellerDeadline,
  settleDispute,
  type RuleId,
} from '../../mock-site/domain/policy';
import { editions, type Edition, type EditionParameters } from '../../mock-site/domain/editions/index';
import type { Dispute, DisputeStatus, Order } from '../../mock-site/domain/schema';

const edition = editions['2016'];
/** The same edition with other numbers: proves the rules read them instead of a constant. */
const withParameters = (over: Partial<EditionParameters>): Edition => ({ ...edition, parameters: { ...edition.parameters, ...over } });
const day = (n: number) => new Date(Date.parse('2026-03-01T10:00:00Z') + n * 86_400_000);
const iso = (n: number) => day(n).toISOString();

const order = (over: Partial<Order> = {}): Order => ({
  id: 'O1',
  store: 'Boutique',
  status: 'shipped',
  placedAt: iso(-30),
  paidAt: iso(-30),
  shippedAt: iso(-28),
  protectionEndsAt: iso(30),
  shippingCents: 0,
  items: [{ title: 'Article', quantity: 1, unitPriceCents: 1000 }],
  ...over,
});

const dispute = (status: DisputeStatus, over: Partial<Dispute> = {}): Dispute => ({
  id: 'D1',
  orderId: 'O1',
  problem: 'non-recu',
  reason: 'Rien reçu',
  requestedRefundCents: 1000,
  status,
  openedAt: iso(0),
  messages: [],
  ...over,
});

type Expected = { allowed: true; rule: RuleId } | { allowed: false; rule: RuleId };
const ok = (rule: RuleId): Expected => ({ allowed: true, rule });
const no = (rule: RuleId): Expected => ({ allowed: false, rule });

test.describe('cancel.while-unresolved and resolved.final: cancelling', () => {
  const rows: [DisputeStatus, Expected][] = [
    ['awaiting_seller', ok(RULES.cancelWhileUnresolved)],
    ['seller_refused', ok(RULES.cancelWhileUnresolved)],
    ['in_mediation', ok(RULES.cancelWhileUnresolved)],
    ['resolved', no(RULES.resolvedFinal)],
    ['seller_accepted', no(RULES.resolvedFinal)],
    ['cancelled', no(RULES.cancelWhileUnresolved)],
  ];
  for (const [status, expected] of rows) {
    test(`${status} → ${expected.allowed ? 'allowed' : 'refused'} (${expected.rule})`, () => {
      expect(decideCancel(dispute(status))).toMatchObject(expected);
    });
  }
});

test.describe('reopen.window', () => {
  const delivered = order({ deliveryConfirmedAt: iso(0), protectionEndsAt: iso(60) });
  const neverDelivered = order({ protectionEndsAt: iso(0) });
  const rows: [string, Dispute, Order, number, Expected][] = [
    ['cancelled, delivery confirmed 10 days ago', dispute('cancelled'), delivered, 10, ok(RULES.reopenWindow)],
    ['cancelled, delivery confirmed exactly 15 days ago', dispute('cancelled'), delivered, 15, ok(RULES.reopenWindow)],
    ['cancelled, delivery confirmed 16 days ago', dispute('cancelled'), delivered, 16, no(RULES.reopenWindow)],
    ['cancelled, never delivered, protection ended 5 days ago', dispute('cancelled'), neverDelivered, 5, ok(RULES.reopenWindow)],
    ['cancelled, never delivered, protection ended 16 days ago', dispute('cancelled'), neverDelivered, 16, no(RULES.reopenWindow)],
    [
      'cancelled, never delivered, protection still running',
      dispute('cancelled'),
      order({ protectionEndsAt: iso(40) }),
      0,
      ok(RULES.reopenWindow),
    ],
    ['not cancelled: still open', dispute('awaiting_seller'), delivered, 1, no(RULES.reopenWindow)],
    ['resolved', dispute('resolved'), delivered, 1, no(RULES.resolvedFinal)],
  ];
  for (const [name, d, o, at, expected] of rows) {
    test(`${name} → ${expected.allowed ? 'allowed' : 'refused'}`, () => {
      expect(decideReopen(d, o, day(at), edition)).toMatchObject(expected);
    });
  }

  test('the window length is a setting', () => {
    const delivered10 = order({ deliveryConfirmedAt: iso(0) });
    expect(decideReopen(dispute('cancelled'), delivered10, day(12), withParameters({ reopenWindowDays: 10 }))).toMatchObject(
      no(RULES.reopenWindow),
    );
  });
});

test.describe('seller.refuses.evidence', () => {
  const rows: [DisputeStatus, Expected][] = [
    ['seller_refused', ok(RULES.sellerRefusesEvidence)],
    ['awaiting_seller', no(RULES.sellerRefusesEvidence)],
    ['in_mediation', no(RULES.sellerRefusesEvidence)],
    ['cancelled', no(RULES.sellerRefusesEvidence)],
    ['resolved', no(RULES.resolvedFinal)],
    ['seller_accepted', no(RULES.resolvedFinal)],
  ];
  for (const [status, expected] of rows) {
    test(`evidence on ${status} → ${expected.allowed ? 'allowed' : 'refused'}`, () => {
      expect(decideEvidence(dispute(status), edition)).toMatchObject(expected);
    });
  }
});

test.describe('messages', () => {
  const rows: [DisputeStatus, boolean, RuleId][] = [
    ['awaiting_seller', true, RULES.sellerDeadline],
    ['in_mediation', true, RULES.sellerDeadline],
    ['cancelled', false, RULES.cancelledIsClosed],
    ['resolved', false, RULES.resolvedFinal],
  ];
  for (const [status, allowed, rule] of rows) {
    test(`message on ${status} → ${allowed ? 'allowed' : 'refused'}`, () => {
      expect(decideMessage(dispute(status), edition)).toMatchObject({ allowed, rule });
    });
  }
});

test.describe('resolved.final, dispute.single-active, open.during-protection: opening a dispute', () => {
  const rows: [string, Dispute[], Order, number, Expected][] = [
    ['same problem already resolved', [dispute('resolved')], order(), 1, no(RULES.resolvedFinal)],
    ['same problem accepted by the seller', [dispute('seller_accepted')], order(), 1, no(RULES.resolvedFinal)],
    ['another problem after a resolved one', [dispute('resolved', { problem: 'endommage' })], order(), 1, ok(RULES.openDuringProtection)],
    ['a dispute is already open', [dispute('awaiting_seller', { problem: 'endommage' })], order(), 1, no(RULES.singleActiveDispute)],
    ['a refused dispute is still open', [dispute('seller_refused', { problem: 'endommage' })], order(), 1, no(RULES.singleActiveDispute)],
    [
      'a dispute in mediation is still open',
      [dispute('in_mediation', { problem: 'endommage' })],
      order(),
      1,
      no(RULES.singleActiveDispute),
    ],
    ['same problem cancelled: reopen instead', [dispute('cancelled')], order(), 1, no(RULES.reopenWindow)],
    ['no dispute, protection running', [], order(), 1, ok(RULES.openDuringProtection)],
    ['no dispute, protection over', [], order({ protectionEndsAt: iso(0) }), 1, no(RULES.openDuringProtection)],
    ['no dispute, order never paid', [], order({ paidAt: undefined, status: 'awaiting_payment' }), 1, no(RULES.openDuringProtection)],
  ];
  for (const [name, disputes, o, at, expected] of rows) {
    test(`${name} → ${expected.allowed ? 'allowed' : 'refused'}`, () => {
      expect(decideOpen(o, disputes, 'non-recu', day(at), edition)).toMatchObject(expected);
    });
  }
});

test.describe('seller.deadline', () => {
  const rows: [string, Dispute, number, DisputeStatus][] = [
    ['awaiting seller, day 14', dispute('awaiting_seller'), 14, 'awaiting_seller'],
    ['awaiting seller, day 15: the window has closed', dispute('awaiting_seller'), 15, 'in_mediation'],
    [
      'messages do not move the deadline',
      dispute('awaiting_seller', { messages: [{ from: 'buyer', at: iso(14), text: 'Alors ?' }] }),
      15,
      'in_mediation',
    ],
    ['a reopening restarts the window', dispute('awaiting_seller', { sellerClockFrom: iso(10) }), 20, 'awaiting_seller'],
    ['the seller refused in time: no mediation by deadline', dispute('seller_refused'), 30, 'seller_refused'],
    ['cancelled disputes are left alone', dispute('cancelled'), 30, 'cancelled'],
  ];
  for (const [name, d, at, status] of rows) {
    test(`${name} → ${status}`, () => {
      expect(settleDispute(d, day(at), edition).status).toBe(status);
    });
  }

  test('the deadline is the opening plus the configured days', () => {
    expect(sellerDeadline(dispute('awaiting_seller'), withParameters({ sellerResponseDays: 7 })).toISOString()).toBe(iso(7));
  });
});

test.describe('seller.cancel-request.warning', () => {
  const ask = {
    from: 'seller' as const,
    at: iso(1),
    text: 'Annulez, je vous rembourse par PayPal',
    cancelRequestPromise: 'paypal' as const,
  };
  const rows: [string, Dispute, boolean][] = [
    ['seller asks to cancel against a PayPal refund', dispute('awaiting_seller', { messages: [ask] }), true],
    [
      'seller writes without asking to cancel',
      dispute('awaiting_seller', { messages: [{ from: 'seller', at: iso(1), text: 'Bonjour' }] }),
      false,
    ],
    ['the buyer mentions PayPal: no warning', dispute('awaiting_seller', { messages: [{ ...ask, from: 'buyer' }] }), false],
    ['in mediation, the seller had asked to cancel: still warned', dispute('in_mediation', { messages: [ask] }), true],
    ['dispute already resolved: nothing to warn about', dispute('resolved', { messages: [ask] }), false],
    ['dispute cancelled: nothing to warn about', dispute('cancelled', { messages: [ask] }), false],
  ];
  for (const [name, d, warns] of rows) {
    test(`${name} → ${warns ? 'warning' : 'no warning'}`, () => {
      expect(cancelRequestWarning(d) !== undefined).toBe(warns);
    });
  }
});
