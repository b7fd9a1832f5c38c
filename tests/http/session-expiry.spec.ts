/**
 * An expired session cookie, on real time: a session lives 100 ms here
 * (SESSION_TTL_MINUTES = 100 / 60,000). A state-changing request with it is
 * refused (401) and creates no new session; the cookie does not come back to
 * life.
 */
import { test, expect } from '../../fixtures/test';

// Short, since both tests idle through twice this: nothing here needs the session alive after its start.
const TTL_MS = 100;
test.use({ simSettings: { SESSION_TTL_MINUTES: TTL_MS / 60_000 } });

/** Real idle time, on purpose: nothing may touch the session while it expires. */
const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a POST with an expired session cookie → 401 session.missing, no new session', async ({ api, request, simulator }) => {
  const { sessionId } = await api.start('litige-en-attente');
  await idle(2 * TTL_MS);
  const res = await request.post('/litiges/LT-5021934/annuler', { data: {} });
  expect(res.status()).toBe(401);
  expect(await res.json()).toEqual({
    code: 'session.missing',
    message: "Votre session a expiré ou n'existe pas : rien n'a été modifié. Rechargez la page pour en commencer une nouvelle.",
  });
  expect(res.headers()['set-cookie']).toBeUndefined();
  expect(simulator.store.get(sessionId)).toBeUndefined();
  const state = await request.get('/__sim/state');
  expect(state.status()).toBe(401);
});

test('a browser form with an expired session gets the French « Session expirée » page', async ({ api, request }) => {
  const { csrfToken } = await api.start('litige-en-attente');
  await idle(2 * TTL_MS);
  const res = await request.post('/litiges/LT-5021934/annuler', { form: { _csrf: csrfToken }, headers: { accept: 'text/html' } });
  expect(res.status()).toBe(401);
  const html = (await res.text()).replaceAll('&#39;', "'");
  expect(html).toContain('<html lang="fr">');
  expect(html).toMatch(/<h1>Session expirée<\/h1>/);
  expect(html).toContain("rien n'a été modifié");
});
