/**
 * Every response carries the security headers, whichever path built it: a
 * page (cached or not), the stylesheet, the control API, a refusal, a 404, a
 * 405, a body too large. The CSP forbids every script.
 */
import { test, expect } from '../../fixtures/test';

const responses: [what: string, method: 'GET' | 'POST' | 'PUT', path: string, status: number, data?: object][] = [
  ['a page', 'GET', '/litiges/LT-5021934', 200],
  ['the same page again (cached)', 'GET', '/litiges/LT-5021934', 200],
  ['an app page', 'GET', '/app/commandes', 200],
  ['the stylesheet', 'GET', '/assets/site.css', 200],
  ['the control API', 'GET', '/__sim/state', 200],
  ['a refusal', 'POST', '/litiges/LT-5021934/rouvrir', 409, {}],
  ['an unknown page', 'GET', '/nulle-part', 404],
  ['a wrong method', 'PUT', '/litiges/LT-5021934/annuler', 405, {}],
  ['a body too large', 'POST', '/litiges/LT-5021934/messages', 413, { text: 'x'.repeat(20_000) }],
];

for (const [what, method, path, status, data] of responses) {
  test(`${what}: ${method} ${path} → ${status} with the security headers`, async ({ api, request }) => {
    await api.start('litige-en-attente');
    const res = await request.fetch(path, { method, maxRedirects: 0, ...(data ? { data } : {}) });
    expect(res.status()).toBe(status);
    const headers = res.headers();
    expect(headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['referrer-policy']).toBe('no-referrer');
  });
}
