/**
 * CONTROL_API=false (a shared practice server): every /__sim/* call is
 * refused with 403 control.disabled and creates or changes nothing, the
 * /__sim page says so and offers no action, and the shop still works.
 */
import { test, expect } from '../../fixtures/test';

test.use({ simSettings: { CONTROL_API: false } });

const calls: [method: 'GET' | 'POST', path: string, data?: object][] = [
  ['GET', '/__sim/scenarios'],
  ['GET', '/__sim/state'],
  ['GET', '/__sim/start?scenario=litige-resolu'],
  ['POST', '/__sim/sessions', { scenario: 'litige-resolu' }],
  ['POST', '/__sim/clock', { advanceDays: 3 }],
  ['POST', '/__sim/reset', {}],
  ['POST', '/__sim/faults', { failNext: { action: 'annuler', status: 503 } }],
];

for (const [method, path, data] of calls) {
  test(`${method} ${path} → 403 control.disabled, nothing created or changed`, async ({ request, simulator }) => {
    // A live shop session, to show the call changes it in no way.
    await request.get('/', { headers: { accept: 'text/html' } });
    const sessions = simulator.store.size;
    const before = await request.get('/litiges/LT-5021934', { headers: { accept: 'text/html' } });

    const res = await request.fetch(path, { method, maxRedirects: 0, ...(data ? { data } : {}) });
    expect(res.status()).toBe(403);
    expect(await res.json()).toEqual({
      code: 'control.disabled',
      message: "L'API de contrôle du simulateur est désactivée sur ce serveur (CONTROL_API=false).",
    });
    expect(res.headers()['set-cookie']).toBeUndefined();
    expect(simulator.store.size).toBe(sessions);
    const after = await request.get('/litiges/LT-5021934', { headers: { accept: 'text/html' } });
    expect(await after.text()).toBe(await before.text());
  });
}

test('a person gets the refusal as a French page', async ({ request }) => {
  const res = await request.get('/__sim/start?scenario=litige-resolu', { headers: { accept: 'text/html' }, maxRedirects: 0 });
  expect(res.status()).toBe(403);
  const html = (await res.text()).replaceAll('&#39;', "'");
  expect(html).toContain('<html lang="fr">');
  expect(html).toMatch(/<h1>API de contrôle désactivée<\/h1>/);
});

test('the /__sim page says the control API is off and offers no action', async ({ request }) => {
  await request.get('/', { headers: { accept: 'text/html' } });
  const res = await request.get('/__sim', { headers: { accept: 'text/html' } });
  expect(res.status()).toBe(200);
  const html = (await res.text()).replaceAll('&#39;', "'");
  expect(html).toContain("L'API de contrôle est désactivée sur ce serveur");
  expect(html).not.toContain('<form');
  expect(html).not.toContain('/__sim/start');
  // The scenarios are still described.
  expect(html).toContain('<code>litige-en-attente</code>');
});

test('the shop still works: pages and a cancel', async ({ request }) => {
  const home = await request.get('/', { headers: { accept: 'text/html' } });
  expect(home.status()).toBe(200);
  expect((await request.get('/litiges/LT-5021934', { headers: { accept: 'text/html' } })).status()).toBe(200);
  const cancel = await request.post('/litiges/LT-5021934/annuler', { data: {} });
  expect(cancel.status()).toBe(200);
  expect(await cancel.json()).toMatchObject({ ok: true, dispute: { id: 'LT-5021934', status: 'cancelled' } });
  const page = (await (await request.get('/litiges/LT-5021934', { headers: { accept: 'text/html' } })).text()).replaceAll('&#39;', "'");
  expect(page).not.toContain('Annuler la demande</button>');
});
