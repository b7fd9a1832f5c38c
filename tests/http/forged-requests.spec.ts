/**
 * Forged requests (issue 14, items 1, 5, 6): a body type that only mentions
 * JSON, a request the browser marks cross-origin, an armed fault spent by a
 * request that should have been refused, state changed on a GET, anonymous
 * reads pushing out a session that has acted. Each leaves the state unchanged.
 */
import { test, expect } from '../../fixtures/test';
import { inProcess } from '../helpers/in-process';

const CANCEL = '/litiges/LT-5021934/annuler';

test.describe('the body branch is chosen by the exact media type', () => {
  for (const type of [
    'text/plain; charset=application/json',
    'text/plain;application/json',
    'application/jsonx',
    'application/json-patch+json',
  ]) {
    test(`${type} is refused (403 csrf.invalid), nothing changes`, async () => {
      const sim = inProcess();
      await sim.start('litige-en-attente');
      const before = await sim.shopState();
      const res = await sim.request('POST', CANCEL, { headers: { 'content-type': type }, body: '{}' });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { code: string }).code).toBe('csrf.invalid');
      expect(await sim.shopState()).toEqual(before);
    });
  }

  test('application/json with parameters still takes the JSON branch', async () => {
    const sim = inProcess();
    await sim.start('litige-en-attente');
    const res = await sim.request('POST', CANCEL, { headers: { 'content-type': 'Application/JSON; charset=utf-8' }, body: '{}' });
    expect(res.status).toBe(200);
  });
});

test.describe('a request the browser marks cross-origin is refused, forms and JSON alike', () => {
  const marks: [string, Record<string, string>][] = [
    ['Origin from another port', { origin: 'http://127.0.0.1:9' }],
    ['Origin null (sandboxed page)', { origin: 'null' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
  ];
  for (const [name, headers] of marks) {
    test(`${name}: JSON, form with its token and control API → 403 origin.cross`, async () => {
      const sim = inProcess();
      const { csrfToken } = await sim.start('litige-en-attente');
      const before = await sim.shopState();
      const form = new URLSearchParams({ _csrf: csrfToken, text: 'forgé' });
      const tries = [
        await sim.post(CANCEL, {}, headers),
        await sim.request('POST', '/litiges/LT-5021934/messages', {
          headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
          body: form,
        }),
        await sim.post('/__sim/faults', { latencyMs: 5000 }, headers),
        await sim.post('/__sim/sessions', { scenario: 'litige-resolu' }, headers),
      ];
      for (const res of tries) {
        expect(res.status).toBe(403);
        expect(((await res.json()) as { code: string }).code).toBe('origin.cross');
      }
      expect(await sim.shopState()).toEqual(before);
    });
  }

  test('the same origin and same-origin fetch metadata are accepted', async () => {
    const sim = inProcess();
    await sim.start('litige-en-attente');
    const res = await sim.post(CANCEL, {}, { origin: 'http://127.0.0.1', 'sec-fetch-site': 'same-origin' });
    expect(res.status).toBe(200);
  });
});

test.describe('an armed one-shot fault fires only for a request that would have been accepted', () => {
  type Send = (sim: ReturnType<typeof inProcess>) => Promise<Response>;
  const refusals: [string, 'annuler' | 'accepter' | 'messages', Send, number][] = [
    [
      'a form without its token',
      'annuler',
      (sim) => sim.request('POST', CANCEL, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' }),
      403,
    ],
    ['an unknown dispute', 'annuler', (sim) => sim.post('/litiges/LT-0000000/annuler', {}), 404],
    // Today's rules (the default edition) allow evidence while the seller has to answer: accepting a proposal nobody made is refused.
    ['a policy refusal', 'accepter', (sim) => sim.post('/litiges/LT-5021934/accepter', {}), 409],
    ['an invalid body', 'messages', (sim) => sim.post('/litiges/LT-5021934/messages', { text: '' }), 400],
  ];
  for (const [name, action, send, status] of refusals) {
    test(`${name} gets its own refusal (${status}) and leaves the fault armed`, async () => {
      const sim = inProcess();
      await sim.start('litige-en-attente');
      await sim.post('/__sim/faults', { failNext: { action, status: 503 } });
      const res = await send(sim);
      expect(res.status).toBe(status);
      expect((await sim.shopState()).faults).toEqual({ latencyMs: 0, failNext: { action, status: 503 } });
    });
  }
});

test.describe('no state change on GET; anonymous reads cannot push out a session that has acted', () => {
  test('GET /__sim/start only shows a page with a button; its POST starts the session', async () => {
    const sim = inProcess();
    const res = await sim.get('/__sim/start?scenario=litige-resolu', { accept: 'text/html' });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(sim.store.size).toBe(0);
    const html = await res.text();
    expect(html).toContain('method="post"');
    expect(html).toContain('action="/__sim/start"');
    const started = await sim.request('POST', '/__sim/start', {
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ scenario: 'litige-resolu', surface: 'app' }),
    });
    expect(started.status).toBe(303);
    expect(started.headers.get('location')).toBe('/app');
    expect((await sim.shopState()).disputes.map((d) => d.status)).toEqual(['resolved']);
  });

  test('a burst of cookieless GETs past the cap leaves the acted session alive', async () => {
    const sim = inProcess({ SESSION_MAX: 5 });
    const { sessionId } = await sim.start('litige-en-attente');
    expect((await sim.post(CANCEL, {})).status).toBe(200);
    const mine = sim.cookie;
    for (let i = 0; i < 20; i++) await sim.request('GET', '/', { headers: { cookie: '' } });
    // The fresh sessions stay at their own cap; the acted one is kept on top of them.
    expect(sim.store.size).toBe(5 + 1);
    const state = await sim.request('GET', '/__sim/state', { headers: { cookie: mine ?? '' } });
    expect(state.status).toBe(200);
    expect(((await state.json()) as { sessionId: string }).sessionId).toBe(sessionId);
  });
});
