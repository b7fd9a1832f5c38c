/**
 * Table-driven tests of today's rules (the 2026 edition): each row is a state,
 * a clock and an action, and the expected answer with the rule id. The same
 * rows in 2016 give the reference guide's answers (policy.spec.ts).
 */
import { test, expect } from '../../fixtures/test';
import {
  RULES,
  RULE_TABLE,
  decideAppeal,
  decideEvidence,
  decideOpen,
  decideProposal,
  decideReopen,
  protectionEnd,
  settleDispute,
  type RuleId,
} from '../../mock-site/domain/policy';
import { editionNames, editions } from '../../mock-site/domain/editions/index';
import type { Dispute, DisputeStatus, Order } from '../../mock-site/domain/schema';
import { acceptProposal, appealDecision, refuseProposal, sendEvidence } from '../../mock-site/domain/transitions';

const edition = editions['2026'];
const day = (n: number) => new Date(Date.parse('2026-03-01T10:00:00Z') + n * 86_400_000);
const iso = (n: number) => day(n).toISOString();

const order = (over: Partial<Order> = {}): Order => ({
  id: 'O1',
  store: 'Boutique',
  status: 'shipped',
  placedAt: iso(-30),
  paidAt: iso(-30),
  shippedAt: iso(-28),
  protectionEndsAt: iso(60),
  shippingCents: 0,
  items: [
    { title: 'Article A', quantity: 1, unitPriceCents: 1000 },
    { title: 'Article B', quantity: 1, unitPriceCents: 500 },
  ],
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

const answer = (at: number, decision: 'refused' | 'proposed' = 'refused') => ({
  at: iso(at),
  decision,
  text: 'Réponse',
  ...(decision === 'proposed' ? { proposal: { refundType: 'refund-only' as const, refundCents: 300 } } : {}),
});
const decided = (at: number, by?: 'aliexpress' | 'agreement' | 'automatic') => ({
  at: iso(at),
  outcome: 'seller' as const,
  refundCents: 0,
  text: 'Décision',
  ...(by ? { by } : {}),
});

type Expected = { allowed: boolean; rule: RuleId };
const ok = (rule: RuleId): Expected => ({ allowed: true, rule });
const no = (rule: RuleId): Expected => ({ allowed: false, rule });

test.describe('seller.deadline (2026): 5 days, silence → automatic refund', () => {
  const rows: [string, Dispute, number, DisputeStatus, string | undefined][] = [
    ['day 4: still waiting', dispute('awaiting_seller'), 4, 'awaiting_seller', undefined],
    ['day 5: refunded automatically', dispute('awaiting_seller'), 5, 'resolved', 'automatic'],
    [
      'a message does not move the deadline',
      dispute('awaiting_seller', { messages: [{ from: 'buyer', at: iso(4), text: 'Alors ?' }] }),
      5,
      'resolved',
      'automatic',
    ],
    [
      'the seller answered in time: no refund by deadline',
      dispute('seller_refused', { sellerAnswer: answer(2) }),
      5,
      'seller_refused',
      undefined,
    ],
  ];
  for (const [name, d, at, status, by] of rows) {
    test(`${name} → ${status}`, () => {
      const settled = settleDispute(d, day(at), edition);
      expect(settled.status).toBe(status);
      expect(settled.resolution?.by).toBe(by);
      if (by === 'automatic') expect(settled.resolution?.refundCents).toBe(d.requestedRefundCents);
    });
  }
});

test.describe('aliexpress.steps-in (2026): 7 days without agreement after the seller answered', () => {
  const rows: [string, Dispute, number, DisputeStatus][] = [
    ['refused, 6 days after the answer', dispute('seller_refused', { sellerAnswer: answer(2) }), 8, 'seller_refused'],
    ['refused, 7 days after the answer', dispute('seller_refused', { sellerAnswer: answer(2) }), 9, 'in_mediation'],
    ['a proposal left unanswered 7 days', dispute('seller_proposed', { sellerAnswer: answer(2, 'proposed') }), 9, 'in_mediation'],
    ['in 2016 nothing steps in on its own', dispute('seller_refused', { sellerAnswer: answer(2) }), 30, 'seller_refused'],
  ];
  for (const [name, d, at, status] of rows) {
    test(`${name} → ${status}`, () => {
      const rules = name.includes('2016') ? editions['2016'] : edition;
      expect(settleDispute(d, day(at), rules).status).toBe(status);
    });
  }
});

test.describe('seller.proposal (2026): accept or refuse only a waiting proposal', () => {
  const rows: [DisputeStatus, Expected][] = [
    ['seller_proposed', ok(RULES.sellerProposal)],
    ['seller_refused', no(RULES.sellerProposal)],
    ['awaiting_seller', no(RULES.sellerProposal)],
    ['cancelled', no(RULES.sellerProposal)],
    ['resolved', no(RULES.resolvedFinal)],
  ];
  for (const [status, expected] of rows) {
    test(`${status} → ${expected.allowed ? 'allowed' : 'refused'} (${expected.rule})`, () => {
      expect(decideProposal(dispute(status), edition)).toMatchObject(expected);
    });
  }
});

test('seller.proposal does not exist in 2016: a waiting proposal cannot be answered', () => {
  expect(decideProposal(dispute('seller_proposed'), editions['2016'])).toMatchObject(no(RULES.sellerProposal));
});

test.describe('evidence.until-decision (2026)', () => {
  const rows: [DisputeStatus, Expected][] = [
    ['awaiting_seller', ok(RULES.evidenceUntilDecision)],
    ['seller_proposed', ok(RULES.evidenceUntilDecision)],
    ['seller_refused', ok(RULES.evidenceUntilDecision)],
    ['in_mediation', ok(RULES.evidenceUntilDecision)],
    ['cancelled', no(RULES.evidenceUntilDecision)],
    ['resolved', no(RULES.resolvedFinal)],
  ];
  for (const [status, expected] of rows) {
    test(`evidence on ${status} → ${expected.allowed ? 'allowed' : 'refused'}`, () => {
      expect(decideEvidence(dispute(status), edition)).toMatchObject(expected);
    });
  }
});

test.describe('decision.appeal (2026): once, within 7 days of AliExpress’s decision', () => {
  const rows: [string, Dispute, number, Expected][] = [
    ['decided 7 days ago', dispute('resolved', { resolution: decided(10) }), 17, ok(RULES.decisionAppeal)],
    ['decided 8 days ago', dispute('resolved', { resolution: decided(10) }), 18, no(RULES.decisionAppeal)],
    ['already appealed once', dispute('resolved', { resolution: decided(10), appealedAt: iso(11) }), 12, no(RULES.decisionAppeal)],
    ['an accepted proposal is no decision', dispute('resolved', { resolution: decided(10, 'agreement') }), 11, no(RULES.decisionAppeal)],
    ['an automatic refund is no decision', dispute('resolved', { resolution: decided(10, 'automatic') }), 11, no(RULES.decisionAppeal)],
    ['still open: nothing to appeal', dispute('in_mediation', { mediationAt: iso(3) }), 11, no(RULES.decisionAppeal)],
  ];
  for (const [name, d, at, expected] of rows) {
    test(`${name} → ${expected.allowed ? 'allowed' : 'refused'}`, () => {
      expect(decideAppeal(d, day(at), edition)).toMatchObject(expected);
    });
  }

  test('in 2016 a decision is final: no appeal', () => {
    expect(decideAppeal(dispute('resolved', { resolution: decided(10) }), day(11), editions['2016'])).toMatchObject(
      no(RULES.resolvedFinal),
    );
  });
});

test.describe('open.again, dispute.per-item, open.during-protection (2026): opening', () => {
  const delivered = order({ deliveryConfirmedAt: iso(0) });
  const rows: [string, Dispute[], Order, number, number, Expected][] = [
    ['same problem cancelled: open again', [dispute('cancelled')], order(), 1, 0, ok(RULES.openDuringProtection)],
    ['line A in dispute, line B free', [dispute('awaiting_seller', { item: 0 })], order(), 1, 1, ok(RULES.openDuringProtection)],
    ['line A in dispute, line A again', [dispute('awaiting_seller', { item: 0 })], order(), 1, 0, no(RULES.singleActiveDispute)],
    ['no line 2 on this order', [], order(), 1, 2, no(RULES.disputePerItem)],
    ['15 days after confirmed receipt', [], delivered, 15, 0, ok(RULES.openDuringProtection)],
    ['16 days after confirmed receipt: protection over', [], delivered, 16, 0, no(RULES.openDuringProtection)],
    ['resolved line A, same problem', [dispute('resolved', { item: 0 })], order(), 1, 0, no(RULES.resolvedFinal)],
  ];
  for (const [name, disputes, o, at, item, expected] of rows) {
    test(`${name} → ${expected.allowed ? 'allowed' : 'refused'} (${expected.rule})`, () => {
      expect(decideOpen(o, disputes, 'non-recu', day(at), edition, item)).toMatchObject(expected);
    });
  }

  test('protection ends at the earlier of its end date and 15 days after receipt', () => {
    expect(protectionEnd(order({ deliveryConfirmedAt: iso(0) }), edition).toISOString()).toBe(iso(15));
    expect(protectionEnd(order({ deliveryConfirmedAt: iso(0), protectionEndsAt: iso(5) }), edition).toISOString()).toBe(iso(5));
    expect(protectionEnd(order({ deliveryConfirmedAt: iso(0) }), editions['2016']).toISOString()).toBe(iso(60));
  });

  test('no reopen button: « Rouvrir » is refused with open.again', () => {
    expect(decideReopen(dispute('cancelled'), order(), day(1), edition)).toMatchObject(no(RULES.openAgain));
  });
});

test('every rule names its editions, and each edition-only rule is refused or absent in the other', () => {
  for (const [rule, entry] of Object.entries(RULE_TABLE)) {
    expect(entry.editions.length, rule).toBeGreaterThan(0);
    for (const name of entry.editions) expect(editionNames).toContain(name);
  }
  expect(RULE_TABLE[RULES.sellerRefusesEvidence].editions).toEqual(['2016']);
  expect(RULE_TABLE[RULES.decisionAppeal].editions).toEqual(['2026']);
});

test('the parameters the guide check reads, per edition', () => {
  expect(editions['2016'].parameters).toEqual({ sellerResponseDays: 15, reopenWindowDays: 15 });
  expect(editions['2026'].parameters).toEqual({
    sellerResponseDays: 5,
    mediationAfterDays: 7,
    appealDays: 7,
    protectionAfterReceiptDays: 15,
    returnShipDays: 10,
  });
});

test.describe('what the 2026 actions do to a dispute', () => {
  const proposed = dispute('seller_proposed', { sellerAnswer: answer(2, 'proposed') });
  const evidence = { description: 'Photos', attachments: ['a.jpg'] };
  const rows: [string, Dispute, Record<string, unknown>][] = [
    [
      'refusing a proposal keeps the dispute open',
      refuseProposal(proposed, day(3)),
      { status: 'seller_refused', proposalRefusedAt: iso(3) },
    ],
    [
      'accepting a proposal closes it on the seller’s terms',
      acceptProposal(proposed, day(3)),
      { status: 'resolved', resolution: { at: iso(3), by: 'agreement', outcome: 'partial', refundCents: 300, text: expect.any(String) } },
    ],
    [
      'evidence today leaves the status as it was',
      sendEvidence(dispute('awaiting_seller'), day(1), evidence, false),
      { status: 'awaiting_seller' },
    ],
    ['evidence in 2016 brings AliExpress in', sendEvidence(dispute('seller_refused'), day(1), evidence, true), { status: 'in_mediation' }],
    [
      'an appeal sends the decision back to AliExpress',
      appealDecision(dispute('resolved', { resolution: decided(1) }), day(2)),
      { status: 'in_mediation', appealedAt: iso(2) },
    ],
  ];
  for (const [name, changed, expected] of rows) {
    test(name, () => {
      expect(changed).toMatchObject(expected);
    });
  }
});
