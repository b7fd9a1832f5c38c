/** The control API: sessions, state, clock, reset, and its errors, over HTTP. */
import { test, expect } from '../../fixtures/test';

test('POST /__sim/sessions seeds an isolated session and sets its cookie', async ({ api, request }) => {
  const started = await api.start('litige-en-attente');
  expect(started.sessionId).toMatch(/^[0-9a-f-]{36}$/);
  const state = await api.state();
  expect(state.sessionId).toBe(started.sessionId);
  expect(state.scenario).toBe('litige-en-attente');
  expect(state.orders.length).toBeGreaterThanOrEqual(3);
  expect(state.disputes.map((d) => d.status)).toEqual(['awaiting_seller']);
  const cookies = await request.storageState();
  expect(cookies.cookies.find((c) => c.name === 'sim_session')?.value).toBe(started.sessionId);
});

test('GET /__sim/state reports the documented shape', async ({ api }) => {
  await api.start('vendeur-refuse');
  const state = await api.state();
  expect(state).toMatchObject({ now: expect.any(String), orders: expect.any(Array), disputes: expect.any(Array) });
  expect(state.orders[0]).toMatchObject({ id: expect.any(String), title: expect.any(String) });
  expect(state.disputes[0]).toMatchObject({ id: expect.any(String), orderId: expect.any(String), status: 'seller_refused' });
});

test('POST /__sim/clock advances this session only', async ({ api, playwright, simulator }) => {
  const other = new (await import('../../harness/sim-client')).SimClient(await playwright.request.newContext({ baseURL: simulator.url }));
  await api.start('delai-vendeur');
  await other.start('delai-vendeur');
  const before = (await api.state()).now;
  const after = await api.advanceDays(3);
  expect(Date.parse(after) - Date.parse(before)).toBe(3 * 86_400_000);
  expect((await other.state()).now).toBe(before);
  await other.api.dispose();
});

test('POST /__sim/reset brings back the scenario and its clock', async ({ api }) => {
  const { now } = await api.start('delai-vendeur', '2016');
  await api.advanceDays(5);
  expect((await api.state()).disputes[0]?.status).toBe('in_mediation');
  await api.reset();
  const state = await api.state();
  expect(state.now).toBe(now);
  expect(state.disputes[0]?.status).toBe('awaiting_seller');
});

test('GET /__sim/start shows the start button and changes nothing; its POST starts the session and redirects', async ({ request }) => {
  const page = await request.get('/__sim/start?scenario=litige-resolu', { headers: { accept: 'text/html' }, maxRedirects: 0 });
  expect(page.status()).toBe(200);
  expect(page.headers()['set-cookie']).toBeUndefined();
  expect(await page.text()).toContain('Commencer sur le site web</button>');
  const web = await request.post('/__sim/start', { form: { scenario: 'litige-resolu' }, maxRedirects: 0 });
  expect(web.status()).toBe(303);
  expect(web.headers().location).toBe('/');
  const app = await request.post('/__sim/start', { form: { scenario: 'litige-resolu', surface: 'app' }, maxRedirects: 0 });
  expect(app.headers().location).toBe('/app');
  const state = await (await request.get('/__sim/state')).json();
  expect(state.scenario).toBe('litige-resolu');
});

test.describe('control API errors', () => {
  test('an unknown scenario is a 404 naming the available ones', async ({ request }) => {
    const res = await request.post('/__sim/sessions', { data: { scenario: 'nope' } });
    expect(res.status()).toBe(404);
    const body = await res.json();
    expect(body.code).toBe('scenario.unknown');
    expect(body.message).toContain('litige-en-attente');
  });

  test('malformed JSON is a 400 with a French message', async ({ request }) => {
    const res = await request.post('/__sim/sessions', {
      data: Buffer.from('{"scenario": '),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status()).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'body.invalid', message: expect.stringContaining("n'est pas du JSON valide") });
  });

  test('a missing field names the field', async ({ request }) => {
    const res = await request.post('/__sim/sessions', { data: {} });
    expect(res.status()).toBe(400);
    expect((await res.json()).message).toContain('scenario');
  });

  for (const advanceDays of [-1, 0, 1.5, 10_000, 'abc']) {
    test(`advanceDays ${JSON.stringify(advanceDays)} is refused and the clock stays`, async ({ api, request }) => {
      const { now } = await api.start('delai-vendeur');
      const res = await request.post('/__sim/clock', { data: { advanceDays } });
      expect(res.status()).toBe(400);
      expect((await res.json()).code).toBe('body.invalid');
      expect((await api.state()).now).toBe(now);
    });
  }

  test('state without a session is a 401', async ({ request }) => {
    const res = await request.get('/__sim/state');
    expect(res.status()).toBe(401);
    expect((await res.json()).code).toBe('session.missing');
  });
});
