/**
 * Scenario files: every bundled one loads, and a broken one fails with its
 * file name and the exact path of the bad field.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../../fixtures/test';
import type { EditionName } from '../../mock-site/domain/editions/index';
import { ScenarioError, defaultScenarioDir, loadScenarios, parseScenario } from '../../mock-site/scenarios';
import { SessionStore } from '../../mock-site/sessions';
import { Shop } from '../../mock-site/shop';

const bundled = [
  'commande-plusieurs-articles',
  'decision-appel',
  'delai-vendeur',
  'litige-annule',
  'litige-en-attente',
  'litige-resolu',
  'protection-expiree',
  'vendeur-accepte',
  'vendeur-demande-annulation',
  'vendeur-propose',
  'vendeur-refuse',
  'vendeur-silencieux',
];

test('loadScenarios reads the 12 bundled scenarios, sorted by name', () => {
  expect([...loadScenarios().keys()]).toEqual(bundled);
});

for (const name of bundled) {
  test(`${name}.json parses on its own`, () => {
    const file = join(defaultScenarioDir, `${name}.json`);
    const scenario = parseScenario(readFileSync(file, 'utf8'), file);
    expect(scenario.name).toBe(name);
    expect(scenario.orders.length).toBeGreaterThanOrEqual(3);
  });
}

test.describe('a broken scenario names its file and the field', () => {
  const file = join(defaultScenarioDir, 'litige-en-attente.json');
  const source = readFileSync(file, 'utf8');
  // Loosely typed on purpose: the variants break the schema.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Json = any;
  const variant = (mutate: (s: Json) => void): string => {
    const copy: Json = structuredClone(JSON.parse(source));
    mutate(copy);
    return JSON.stringify(copy);
  };

  /** [title, text, field path the problem must start with, fragment of that problem] */
  const rows: [string, string, string, string][] = [
    ['invalid JSON', source.slice(0, -20), 'JSON invalide', 'JSON'],
    ['a missing field', variant((s) => delete s.orders[0].store), 'orders.0.store', 'chaîne de caractères attendu'],
    ['an unknown dispute status', variant((s) => (s.disputes[0].status = 'bogus')), 'disputes.0.status', '"awaiting_seller"'],
    [
      'a dispute opened before the order was paid',
      variant((s) => (s.disputes[0].openedAt = '2026-02-01T10:00:00+01:00')),
      'disputes.0.openedAt',
      'avant le paiement de la commande (2026-02-09T21:15:32+01:00)',
    ],
    [
      'an order shipped before it was paid',
      variant((s) => (s.orders[0].shippedAt = '2026-02-09T21:00:00+01:00')),
      'orders.0.shippedAt',
      'date attendue après paidAt',
    ],
    [
      'duplicate order ids',
      variant((s) => (s.orders[2].id = s.orders[0].id)),
      'orders.2.id',
      'identifiant en double : « 8203614927510384 »',
    ],
    [
      'a dispute on an unknown order',
      variant((s) => (s.disputes[0].orderId = '9999999999999999')),
      'disputes.0.orderId',
      'aucune commande « 9999999999999999 »',
    ],
    ['fewer than 3 orders', variant((s) => s.orders.splice(1, 3)), 'orders', 'au moins 3 commandes'],
    [
      'a name that is not the file name',
      variant((s) => (s.name = 'litige-autre')),
      'name',
      'attendu « litige-en-attente » (le nom du fichier), reçu « litige-autre »',
    ],
    ['an extra unknown key', variant((s) => (s.orders[1].couleur = 'rouge')), 'orders.1', 'couleur'],
    [
      'a cancelled dispute without cancelledAt',
      variant((s) => (s.disputes[0].status = 'cancelled')),
      'disputes.0.cancelledAt',
      'requis pour un litige au statut « cancelled »',
    ],
  ];

  for (const [title, text, path, fragment] of rows) {
    test(`${title} → ScenarioError at ${path}`, () => {
      let error: unknown;
      try {
        parseScenario(text, file);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ScenarioError);
      const { message, problems, file: named } = error as ScenarioError;
      expect(named).toBe(file);
      expect(message).toContain(file);
      const problem = problems.find((p) => p.startsWith(`${path} : `));
      expect(problem, `no problem at « ${path} » in:\n${message}`).toBeDefined();
      expect(problem).toContain(fragment);
      expect(message).toContain(problem);
    });
  }
});

test('loadScenarios on a folder without scenarios fails naming the folder', () => {
  const empty = mkdtempSync(join(tmpdir(), 'scenarios-'));
  try {
    expect(() => loadScenarios(empty)).toThrow(ScenarioError);
    expect(() => loadScenarios(empty)).toThrow(empty);
  } finally {
    rmSync(empty, { recursive: true });
  }
});

test.describe('what each new scenario shows, per edition', () => {
  const scenarios = loadScenarios();
  const start = (name: string, edition: EditionName) => {
    const scenario = scenarios.get(name);
    if (!scenario) throw new Error(`scénario ${name} absent`);
    const shop = new Shop({ messagesPerDispute: 100, sessionBytes: 65_536 });
    const session = new SessionStore({ ttlMs: 60_000, max: 10 }).create(scenario, { edition });
    shop.settle(session);
    const dispute = () => session.state.disputes[0];
    return { shop, session, dispute, id: scenario.disputes[0]?.id ?? '' };
  };

  test('vendeur-silencieux: one more day of silence refunds in 2026, not in 2016', () => {
    for (const [edition, status] of [
      ['2026', 'resolved'],
      ['2016', 'awaiting_seller'],
    ] as const) {
      const { shop, session, dispute } = start('vendeur-silencieux', edition);
      expect(dispute()?.status).toBe('awaiting_seller');
      shop.advanceClock(session, 1);
      expect(dispute()?.status, edition).toBe(status);
    }
  });

  test('vendeur-propose: the proposal can be accepted in 2026 (closed for good, on the seller’s terms)', () => {
    const { shop, session, dispute, id } = start('vendeur-propose', '2026');
    expect(shop.acceptProposal(session, id)).toMatchObject({ ok: true });
    expect(dispute()).toMatchObject({ status: 'resolved', resolution: { by: 'agreement', refundCents: 690 } });
    expect(shop.cancel(session, id)).toMatchObject({ ok: false, rule: 'resolved.final' });
  });

  test('decision-appel: one appeal in 2026, none in 2016', () => {
    const today = start('decision-appel', '2026');
    expect(today.shop.appeal(today.session, today.id)).toMatchObject({ ok: true, dispute: { status: 'in_mediation' } });
    expect(today.shop.appeal(today.session, today.id)).toMatchObject({ ok: false });
    const before = start('decision-appel', '2016');
    expect(before.shop.appeal(before.session, before.id)).toMatchObject({ ok: false, rule: 'resolved.final' });
  });

  test('commande-plusieurs-articles: another item line can have its own dispute in 2026, not in 2016', () => {
    const input = { problem: 'non-conforme' as const, reason: 'Le son est faible', requestedRefundCents: 2299, item: 0 };
    const today = start('commande-plusieurs-articles', '2026');
    const orderId = today.dispute()?.orderId ?? '';
    expect(today.shop.openDispute(today.session, orderId, input)).toMatchObject({ ok: true, dispute: { item: 0 } });
    expect(today.shop.openDispute(today.session, orderId, { ...input, item: 1 })).toMatchObject({ rule: 'dispute.single-active' });
    const before = start('commande-plusieurs-articles', '2016');
    expect(before.shop.openDispute(before.session, orderId, input)).toMatchObject({ ok: false, rule: 'dispute.single-active' });
  });
});
