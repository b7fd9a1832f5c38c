/**
 * Pages are cached per (session, revision, URL): every change to the state or
 * the clock must show on the next read, and one session's pages never reach
 * another. Each read goes through the cache twice (the second read is a hit).
 */
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from '../../fixtures/test';
import { SimClient } from '../../harness/sim-client';

// These cases rely on the 2016 edition's rules (seller deadline of 15 days, « Rouvrir le litige »).
test.use({ simSettings: { POLICY_EDITION: '2016' } });

const DISPUTE = '/litiges/LT-5028195';
const AWAITING = 'En attente de la réponse du vendeur';

async function read(request: APIRequestContext, path = DISPUTE): Promise<string> {
  const first = await (await request.get(path, { headers: { accept: 'text/html' } })).text();
  const second = await (await request.get(path, { headers: { accept: 'text/html' } })).text();
  expect(second).toBe(first);
  return first;
}

test('advancing the clock shows on the next read, and a reset brings the page back', async ({ api, request }) => {
  await api.start('delai-vendeur');
  const before = await read(request);
  expect(before).toContain(AWAITING);

  await api.advanceDays(3);
  const later = await read(request);
  expect(later).toContain('Médiation AliExpress en cours');
  expect(later).not.toContain(AWAITING);

  await api.reset();
  expect(await read(request)).toBe(before);
});

test('an action shows on the next read of every page it changes', async ({ api, request }) => {
  await api.start('delai-vendeur');
  expect(await read(request)).toContain('Annuler la demande');
  const orderPage = await read(request, '/commandes/8203660584431729');
  expect(orderPage).toContain('Litige en cours');

  expect((await api.post(`${DISPUTE}/annuler`)).status).toBe(200);
  const after = await read(request);
  expect(after).toContain('Annulé');
  expect(after).not.toContain('Annuler la demande');
  expect(await read(request, '/commandes/8203660584431729')).not.toBe(orderPage);
});

test("one session's cached pages never reach another", async ({ api, request, playwright, simulator }) => {
  const otherContext = await playwright.request.newContext({ baseURL: simulator.url });
  const other = new SimClient(otherContext);
  await api.start('delai-vendeur');
  await other.start('delai-vendeur');
  await read(request);
  await read(otherContext);

  expect((await api.post(`${DISPUTE}/annuler`)).status).toBe(200);
  expect(await read(request)).not.toContain('Annuler la demande');
  const untouched = await read(otherContext);
  expect(untouched).toContain('Annuler la demande');
  expect(untouched).toContain(AWAITING);
  await otherContext.dispose();
});
