/**
 * Injected faults (POST /__sim/faults): a one-shot failure of the next action
 * answers 500/503 with a French message before anything changes, then the
 * same request works; a per-session latency slows that session only.
 */
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from '../../fixtures/test';
import { SimClient } from '../../harness/sim-client';

// These cases rely on the 2016 edition's rules (seller deadline of 15 days, « Rouvrir le litige »).
test.use({ simSettings: { POLICY_EDITION: '2016' } });

/** The part of the state a failed action must leave alone (faults are the one thing it consumes). */
async function shopState(api: SimClient) {
  const { now, orders, disputes } = await api.state();
  return { now, orders, disputes };
}

async function faultsOf(request: APIRequestContext): Promise<unknown> {
  return (await (await request.get('/__sim/state')).json()).faults;
}

interface Row {
  action: 'annuler' | 'rouvrir' | 'preuves' | 'messages' | 'ouvrir';
  status: 500 | 503;
  scenario: string;
  path: string;
  data: object;
}

const rows: Row[] = [
  { action: 'annuler', status: 503, scenario: 'litige-en-attente', path: '/litiges/LT-5021934/annuler', data: {} },
  { action: 'rouvrir', status: 500, scenario: 'litige-annule', path: '/app/litiges/LT-5026871/rouvrir', data: {} },
  {
    action: 'preuves',
    status: 503,
    scenario: 'vendeur-refuse',
    path: '/litiges/LT-5023416/preuves',
    data: { description: 'Photo du colis ouvert', attachments: ['colis.jpg'] },
  },
  { action: 'messages', status: 500, scenario: 'litige-en-attente', path: '/app/litiges/LT-5021934/messages', data: { text: 'Bonjour ?' } },
  {
    action: 'ouvrir',
    status: 503,
    scenario: 'litige-en-attente',
    path: '/commandes/8203614990217753/litiges',
    data: { problem: 'non-recu', reason: 'Toujours pas expédié.', amount: 10 },
  },
];

test.describe('failNext: one failure, nothing changed, then the retry works', () => {
  for (const row of rows) {
    test(`${row.action} → ${row.status} fault.injected on ${row.path}`, async ({ api, request }) => {
      await api.start(row.scenario);
      const armed = await api.post('/__sim/faults', { failNext: { action: row.action, status: row.status } });
      expect(armed).toEqual({ status: 200, body: { faults: { latencyMs: 0, failNext: { action: row.action, status: row.status } } } });
      const before = await shopState(api);

      const failed = await request.post(row.path, { data: row.data });
      expect(failed.status()).toBe(row.status);
      expect(await failed.json()).toEqual({
        code: 'fault.injected',
        message: `Service momentanément indisponible (panne simulée, erreur ${row.status}) : rien n'a été modifié, réessayez.`,
      });
      expect(failed.headers()['retry-after']).toBe(row.status === 503 ? '1' : undefined);
      expect(await shopState(api)).toEqual(before);
      expect(await faultsOf(request)).toEqual({ latencyMs: 0 });

      const retried = await request.post(row.path, { data: row.data });
      expect(retried.status(), await retried.text()).toBe(200);
      expect(await shopState(api)).not.toEqual(before);
    });
  }
});

test('a failure armed for another action does not fire, and stays armed', async ({ api, request }) => {
  await api.start('litige-en-attente');
  await api.post('/__sim/faults', { failNext: { action: 'messages', status: 503 } });
  const res = await request.post('/litiges/LT-5021934/annuler', { data: {} });
  expect(res.status()).toBe(200);
  expect(await faultsOf(request)).toEqual({ latencyMs: 0, failNext: { action: 'messages', status: 503 } });
  await api.post('/__sim/faults', { failNext: null });
  expect(await faultsOf(request)).toEqual({ latencyMs: 0 });
});

test("one session's fault never touches another session", async ({ api, request, playwright, simulator }) => {
  const other = await playwright.request.newContext({ baseURL: simulator.url });
  try {
    await api.start('litige-en-attente');
    await new SimClient(other).start('litige-en-attente');
    await api.post('/__sim/faults', { failNext: { action: 'annuler', status: 503 } });
    expect((await other.post('/litiges/LT-5021934/annuler', { data: {} })).status()).toBe(200);
    expect((await request.post('/litiges/LT-5021934/annuler', { data: {} })).status()).toBe(503);
  } finally {
    await other.dispose();
  }
});

for (const base of ['', '/app']) {
  test(`${base || 'website'}: a person gets a French page with a way back to the dispute`, async ({ api, request }) => {
    const { csrfToken } = await api.start('litige-en-attente');
    await api.post('/__sim/faults', { failNext: { action: 'annuler', status: 503 } });
    const res = await request.post(`${base}/litiges/LT-5021934/annuler`, { form: { _csrf: csrfToken }, headers: { accept: 'text/html' } });
    expect(res.status()).toBe(503);
    const html = (await res.text()).replaceAll('&#39;', "'");
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Service momentanément indisponible');
    expect(html).toContain("rien n'a été modifié, réessayez.");
    expect(html).toContain(`href="${base}/litiges/LT-5021934"`);
    expect(html).not.toMatch(/at .*\.ts:\d+/);
    expect((await api.dispute('LT-5021934')).status).toBe('awaiting_seller');
  });
}

test.describe('POST /__sim/faults validates its body and changes nothing when refused', () => {
  const bad: [string, object][] = [
    ['a negative latency', { latencyMs: -1 }],
    ['a latency over 10 s', { latencyMs: 10_001 }],
    ['a fractional latency', { latencyMs: 1.5 }],
    ['a latency as text', { latencyMs: 'beaucoup' }],
    ['an unknown action', { failNext: { action: 'supprimer', status: 503 } }],
    ['a status other than 500 or 503', { failNext: { action: 'annuler', status: 404 } }],
    ['an unknown field', { dropNext: true }],
  ];
  for (const [name, data] of bad) {
    test(`${name} → 400 body.invalid`, async ({ api, request }) => {
      await api.start('litige-en-attente');
      await api.post('/__sim/faults', { latencyMs: 5 });
      const res = await api.post('/__sim/faults', data);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'body.invalid', message: expect.stringMatching(/^Demande incomplète ou invalide : /) });
      expect(await faultsOf(request)).toEqual({ latencyMs: 5 });
    });
  }

  test('without a session → 401 session.missing', async ({ request }) => {
    const res = await request.post('/__sim/faults', { data: { latencyMs: 100 } });
    expect(res.status()).toBe(401);
    expect((await res.json()).code).toBe('session.missing');
  });
});

test("a session's latency slows its own pages, not another session's", async ({ api, request, playwright, simulator }) => {
  const latencyMs = 1000;
  const other = await playwright.request.newContext({ baseURL: simulator.url });
  try {
    await api.start('litige-en-attente');
    await new SimClient(other).start('litige-en-attente');
    await api.post('/__sim/faults', { latencyMs });
    const timed = async (ctx: APIRequestContext) => {
      const started = performance.now();
      expect((await ctx.get('/commandes', { headers: { accept: 'text/html' } })).status()).toBe(200);
      return performance.now() - started;
    };
    expect(await timed(request)).toBeGreaterThanOrEqual(latencyMs);
    expect(await timed(other)).toBeLessThan(latencyMs);
    await api.post('/__sim/faults', { latencyMs: 0 });
    expect(await timed(request)).toBeLessThan(latencyMs);
  } finally {
    await other.dispose();
  }
});
