/**
 * Today's rules (2026 edition) refuse forged POSTs with 409 and the rule id,
 * and the session's state is exactly what it was before the request.
 */
import { test, expect } from '../../fixtures/test';

interface Row {
  title: string;
  scenario: string;
  advanceDays?: number;
  path: string;
  data?: object;
  rule: string;
  message: RegExp;
}

const rows: Row[] = [
  {
    title: 'reopen: no button today',
    scenario: 'litige-annule',
    path: '/litiges/LT-5026871/rouvrir',
    rule: 'open.again',
    message: /ouvrez un nouveau litige depuis la commande/,
  },
  {
    title: 'accept when no proposal waits',
    scenario: 'vendeur-refuse',
    path: '/app/litiges/LT-5023416/accepter',
    rule: 'seller.proposal',
    message: /Aucune proposition du vendeur/,
  },
  {
    title: 'appeal after the 7 days',
    scenario: 'decision-appel',
    advanceDays: 6,
    path: '/litiges/LT-5030303/appel',
    rule: 'decision.appeal',
    message: /délai d'appel est dépassé : 7 jours/,
  },
  {
    title: 'a dispute on an item line the order does not have',
    scenario: 'commande-plusieurs-articles',
    path: '/commandes/8203641400058204/litiges',
    data: { problem: 'endommage', reason: 'Abîmé', amount: 2, item: 7 },
    rule: 'dispute.per-item',
    message: /Choisissez l'article/,
  },
  {
    title: 'a second dispute on the same item line',
    scenario: 'commande-plusieurs-articles',
    path: '/commandes/8203641400058204/litiges',
    data: { problem: 'non-conforme', reason: 'Encore', amount: 2, item: 1 },
    rule: 'dispute.single-active',
    message: /pour cet article/,
  },
  {
    title: 'evidence on a dispute refunded automatically',
    scenario: 'delai-vendeur',
    path: '/litiges/LT-5028195/preuves',
    data: { description: 'Trop tard' },
    rule: 'resolved.final',
    message: /définitive/,
  },
];

for (const row of rows) {
  test(`2026: ${row.title} → 409 ${row.rule}, nothing changed`, async ({ api }) => {
    const started = await api.start(row.scenario, '2026');
    expect(started.edition).toBe('2026');
    if (row.advanceDays) await api.advanceDays(row.advanceDays);
    const before = await api.state();
    const { status, body } = await api.post(row.path, row.data);
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: 'policy.refused', rule: row.rule, message: expect.stringMatching(row.message) });
    expect(await api.state()).toEqual(before);
  });
}

test('the edition is chosen per session, and an unknown one is refused', async ({ api }) => {
  expect((await api.start('litige-en-attente', '2016')).edition).toBe('2016');
  expect((await api.state()).edition).toBe('2016');
  const bad = await api.api.post('/__sim/sessions', { data: { scenario: 'litige-en-attente', edition: '1999' } });
  expect(bad.status()).toBe(400);
});
