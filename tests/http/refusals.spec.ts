/**
 * Forged, invalid or forbidden POSTs: each is refused with the right status,
 * a stable JSON code (and policy rule), a French message, and the session's
 * state is exactly what it was before the request.
 */
import type { APIResponse } from '@playwright/test';
import { test, expect } from '../../fixtures/test';
import { SimClient } from '../../harness/sim-client';

// These refusals are the reference guide's rules: the 2016 edition (today's: tests/http/refusals-2026.spec.ts).
test.use({ simSettings: { POLICY_EDITION: '2016' } });

interface Refusal {
  status: number;
  code: string;
  rule?: string;
  /** A French fragment the message must contain. */
  message: RegExp;
}

async function expectRefusal(res: APIResponse, expected: Refusal): Promise<void> {
  expect(res.status(), await res.text()).toBe(expected.status);
  expect(res.headers()['content-type']).toContain('application/json');
  const body = await res.json();
  expect(body).toEqual({
    code: expected.code,
    message: expect.stringMatching(expected.message),
    ...(expected.rule ? { rule: expected.rule } : {}),
    ...('details' in body ? { details: body.details } : {}),
  });
}

/** Runs `send` and checks the whole session state (orders, disputes, clock) did not move. */
async function unchanged(api: SimClient, send: () => Promise<APIResponse>): Promise<APIResponse> {
  const before = await api.state();
  const res = await send();
  expect(await api.state()).toEqual(before);
  return res;
}

interface Row extends Refusal {
  title: string;
  scenario: string;
  advanceDays?: number;
  method?: 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** A JSON body (object), or raw bytes sent with `contentType` (a string would be JSON-encoded by Playwright). */
  data?: unknown;
  contentType?: string;
}

const json = 'application/json';
const openSameProblem = { problem: 'non-conforme', reason: 'Le son est toujours aussi faible.', amount: 22.99 };

const rows: Row[] = [
  // Policy refusals (409).
  ...['', '/app'].map((base): Row => ({
    title: `${base}/litiges: cancel a resolved dispute`,
    scenario: 'litige-resolu',
    path: `${base}/litiges/LT-5024758/annuler`,
    status: 409,
    code: 'policy.refused',
    rule: 'resolved.final',
    message: /Ce litige est résolu : la décision est définitive/,
  })),
  {
    title: 'cancel an already cancelled dispute',
    scenario: 'litige-annule',
    path: '/litiges/LT-5026871/annuler',
    status: 409,
    code: 'policy.refused',
    rule: 'cancel.while-unresolved',
    message: /déjà annulé/,
  },
  {
    title: 'reopen 16 days after the delivery was confirmed',
    scenario: 'litige-annule',
    advanceDays: 6,
    path: '/litiges/LT-5026871/rouvrir',
    status: 409,
    code: 'policy.refused',
    rule: 'reopen.window',
    message: /délai pour rouvrir ce litige est dépassé : 15 jours après la confirmation de la livraison/,
  },
  ...['', '/app'].map((base): Row => ({
    title: `${base}/litiges: reopen 16 days after the buyer protection ended`,
    scenario: 'protection-expiree',
    advanceDays: 11,
    path: `${base}/litiges/LT-5027340/rouvrir`,
    status: 409,
    code: 'policy.refused',
    rule: 'reopen.window',
    message: /15 jours après la fin de la protection acheteur/,
  })),
  {
    title: 'evidence on a dispute the seller has not refused',
    scenario: 'litige-en-attente',
    path: '/litiges/LT-5021934/preuves',
    data: { description: 'Capture du suivi bloqué', attachments: ['suivi.png'] },
    status: 409,
    code: 'policy.refused',
    rule: 'seller.refuses.evidence',
    message: /qu'après un refus du vendeur/,
  },
  {
    title: 'a message on a cancelled dispute',
    scenario: 'litige-annule',
    path: '/litiges/LT-5026871/messages',
    data: { text: 'Bonjour ?' },
    status: 409,
    code: 'policy.refused',
    rule: 'dispute.cancelled-closed',
    message: /rouvrez-le pour écrire/,
  },
  {
    title: 'a new dispute for the same problem on the resolved order',
    scenario: 'litige-resolu',
    path: '/commandes/8203633348827561/litiges',
    data: openSameProblem,
    status: 409,
    code: 'policy.refused',
    rule: 'resolved.final',
    message: /déjà été résolu pour cette commande/,
  },
  // Unknown or malformed ids (404).
  ...['/litiges/nope/annuler', '/litiges/%3Cscript%3E/annuler', '/app/litiges/LT-0000000/rouvrir'].map((path): Row => ({
    title: `unknown dispute ${path}`,
    scenario: 'litige-en-attente',
    path,
    status: 404,
    code: 'not_found',
    message: /^Ce litige n'existe pas, ou n'appartient pas à votre session/,
  })),
  {
    title: 'a dispute on an unknown order',
    scenario: 'litige-en-attente',
    path: '/commandes/0000000000000000/litiges',
    data: openSameProblem,
    status: 404,
    code: 'not_found',
    message: /^Cette commande n'existe pas/,
  },
  // Wrong method (405).
  {
    title: 'PUT on a cancel address',
    scenario: 'litige-en-attente',
    method: 'PUT',
    path: '/litiges/LT-5021934/annuler',
    status: 405,
    code: 'method.not_allowed',
    message: /^Cette adresse n'accepte que : POST\.$/,
  },
  {
    title: 'DELETE /commandes',
    scenario: 'litige-en-attente',
    method: 'DELETE',
    path: '/commandes',
    status: 405,
    code: 'method.not_allowed',
    message: /^Cette adresse n'accepte que : GET, HEAD\.$/,
  },
  // Bodies (400, 413, 403).
  {
    title: 'malformed JSON',
    scenario: 'litige-en-attente',
    path: '/litiges/LT-5021934/annuler',
    data: Buffer.from('{"motif": '),
    contentType: json,
    status: 400,
    code: 'body.invalid',
    message: /n'est pas du JSON valide/,
  },
  {
    title: 'a JSON array instead of an object',
    scenario: 'litige-en-attente',
    path: '/litiges/LT-5021934/annuler',
    data: Buffer.from('[]'),
    contentType: json,
    status: 400,
    code: 'body.invalid',
    message: /doit être un objet/,
  },
  {
    title: 'a body over 16 KiB',
    scenario: 'litige-en-attente',
    path: '/litiges/LT-5021934/messages',
    data: { text: 'a'.repeat(20_000) },
    status: 413,
    code: 'body.too_large',
    message: /dépasse 16384 octets/,
  },
  {
    title: 'a message of 2001 characters',
    scenario: 'litige-en-attente',
    path: '/litiges/LT-5021934/messages',
    data: { text: 'é'.repeat(2001) },
    status: 400,
    code: 'body.invalid',
    message: /^Demande incomplète ou invalide : text — .*2000/,
  },
  {
    title: 'an empty message',
    scenario: 'litige-en-attente',
    path: '/app/litiges/LT-5021934/messages',
    data: { text: '   ' },
    status: 400,
    code: 'body.invalid',
    message: /text — le message est vide/,
  },
  {
    title: 'a text/plain body (what a cross-site form could send)',
    scenario: 'litige-en-attente',
    path: '/litiges/LT-5021934/annuler',
    data: Buffer.from('motif=rien'),
    contentType: 'text/plain',
    status: 403,
    code: 'csrf.invalid',
    message: /jeton de sécurité absent ou invalide/,
  },
];

test.describe('refused requests change nothing', () => {
  for (const row of rows) {
    test(`${row.title} → ${row.status} ${row.rule ?? row.code}`, { tag: row.rule ? [`@${row.rule}`, '@edition-2016'] : [] }, async ({ api, request }) => {
      await api.start(row.scenario);
      if (row.advanceDays) await api.advanceDays(row.advanceDays);
      const res = await unchanged(api, () =>
        request.fetch(row.path, {
          method: row.method ?? 'POST',
          data: row.data ?? {},
          ...(row.contentType ? { headers: { 'content-type': row.contentType } } : {}),
        }),
      );
      await expectRefusal(res, row);
    });
  }
});

test('a 2001-character message names the invalid field for programs', async ({ api, request }) => {
  await api.start('litige-en-attente');
  const res = await request.post('/litiges/LT-5021934/messages', { data: { text: 'x'.repeat(2001) } });
  expect(res.status()).toBe(400);
  expect((await res.json()).details).toEqual([{ field: 'text', message: expect.stringContaining('2000') }]);
  const accepted = await request.post('/litiges/LT-5021934/messages', { data: { text: 'x'.repeat(2000) } });
  expect(accepted.status()).toBe(200);
});

test(
  'cancelling twice: the second cancel is refused and the first cancellation stands',
  { tag: ['@cancel.while-unresolved', '@edition-2016'] },
  async ({ api, request }) => {
    const { now } = await api.start('litige-en-attente');
    const first = await request.post('/litiges/LT-5021934/annuler', { data: {} });
    expect(first.status()).toBe(200);
    expect(await first.json()).toMatchObject({
      ok: true,
      dispute: { id: 'LT-5021934', status: 'cancelled', cancelledAt: new Date(now).toISOString() },
    });
    // A day later, so a second cancellation would leave a different cancelledAt.
    await api.advanceDays(1);
    const second = await unchanged(api, () => request.post('/litiges/LT-5021934/annuler', { data: {} }));
    await expectRefusal(second, { status: 409, code: 'policy.refused', rule: 'cancel.while-unresolved', message: /déjà annulé/ });
    expect(await api.dispute('LT-5021934')).toMatchObject({ status: 'cancelled', cancelledAt: new Date(now).toISOString() });
  },
);

test('20 concurrent identical cancels: exactly one succeeds', async ({ api, request }) => {
  const { now } = await api.start('litige-en-attente');
  const responses = await Promise.all(Array.from({ length: 20 }, () => request.post('/litiges/LT-5021934/annuler', { data: {} })));
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(19);
  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  for (const res of responses.filter((r) => r.status() === 409)) {
    expect(await res.json()).toMatchObject({ code: 'policy.refused', rule: 'cancel.while-unresolved' });
  }
  const state = await api.state();
  expect(state.disputes).toHaveLength(1);
  expect(state.disputes[0]).toMatchObject({ status: 'cancelled', cancelledAt: new Date(now).toISOString() });
});

test.describe('allowed actions next to their refusals', () => {
  test(
    'cancel while AliExpress mediates → 200: mediation is still unresolved',
    { tag: ['@cancel.while-unresolved', '@edition-2016'] },
    async ({ api, request }) => {
      await api.start('delai-vendeur');
      await api.advanceDays(3); // past the seller's deadline: AliExpress mediates
      expect((await api.dispute('LT-5028195')).status).toBe('in_mediation');
      const res = await request.post('/litiges/LT-5028195/annuler', { data: {} });
      expect(res.status()).toBe(200);
      expect((await api.dispute('LT-5028195')).status).toBe('cancelled');
    },
  );

  test('reopen inside the window → 200, waiting for the seller again', { tag: ['@reopen.window', '@edition-2016'] }, async ({ api, request }) => {
    const { now } = await api.start('litige-annule');
    await api.advanceDays(4);
    const res = await request.post('/litiges/LT-5026871/rouvrir', { data: {} });
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, dispute: { id: 'LT-5026871', status: 'awaiting_seller' } });
    const reopenedAt = new Date(Date.parse(now) + 4 * 86_400_000).toISOString();
    const dispute = await api.dispute('LT-5026871');
    expect(dispute).toMatchObject({ status: 'awaiting_seller', reopenedAt, sellerClockFrom: reopenedAt });
    expect(dispute.cancelledAt).toBeUndefined();
  });

  test('evidence after the seller refused → 200, AliExpress mediates', { tag: ['@seller.refuses.evidence', '@edition-2016'] }, async ({ api, request }) => {
    await api.start('vendeur-refuse');
    const res = await request.post('/litiges/LT-5023416/preuves', {
      data: { description: 'Capture de la fiche produit annonçant la réduction de bruit active', attachments: ['fiche.png'] },
    });
    expect(res.status()).toBe(200);
    expect((await res.json()).dispute.status).toBe('in_mediation');
    expect(await api.dispute('LT-5023416')).toMatchObject({
      status: 'in_mediation',
      evidence: { description: 'Capture de la fiche produit annonçant la réduction de bruit active', attachments: ['fiche.png'] },
    });
  });
});

test("another session's dispute is not found, and that session does not change", async ({ api, request, playwright, simulator }) => {
  const other = new SimClient(await playwright.request.newContext({ baseURL: simulator.url }));
  try {
    await api.start('litige-resolu');
    await other.start('litige-en-attente');
    const mine = await api.state();
    const res = await unchanged(other, () => request.post('/litiges/LT-5021934/annuler', { data: {} }));
    await expectRefusal(res, { status: 404, code: 'not_found', message: /n'appartient pas à votre session/ });
    expect(await api.state()).toEqual(mine);
    expect((await other.dispute('LT-5021934')).status).toBe('awaiting_seller');
  } finally {
    await other.api.dispose();
  }
});

test.describe('no session', () => {
  const cookies: [string, Record<string, string>][] = [
    ['no cookie', {}],
    ['an unknown session cookie', { cookie: 'sim_session=00000000-0000-0000-0000-000000000000' }],
  ];
  for (const [name, headers] of cookies) {
    test(`a POST with ${name} → 401 session.missing, no session created`, async ({ request, simulator }) => {
      const sessions = simulator.store.size;
      const res = await request.post('/litiges/LT-5021934/annuler', { data: {}, headers });
      await expectRefusal(res, { status: 401, code: 'session.missing', message: /Votre session a expiré ou n'existe pas/ });
      expect(simulator.store.size).toBe(sessions);
      expect(res.headers()['set-cookie']).toBeUndefined();
    });
  }
});

test.describe('forms must carry the session token', () => {
  const forged: [string, (own: string, foreign: string) => Record<string, string>][] = [
    ['without _csrf', () => ({ motif: 'annuler' })],
    ['with a wrong _csrf', () => ({ _csrf: 'pas-le-bon-jeton' })],
    ["with another session's _csrf", (_own, foreign) => ({ _csrf: foreign })],
    ['with an empty _csrf', () => ({ _csrf: '' })],
  ];
  for (const [name, form] of forged) {
    test(`a form ${name} → 403 csrf.invalid`, async ({ api, request, playwright, simulator }) => {
      const other = new SimClient(await playwright.request.newContext({ baseURL: simulator.url }));
      try {
        const foreign = (await other.start('litige-en-attente')).csrfToken;
        const own = (await api.start('litige-en-attente')).csrfToken;
        const res = await unchanged(api, () => request.post('/litiges/LT-5021934/annuler', { form: form(own, foreign) }));
        await expectRefusal(res, { status: 403, code: 'csrf.invalid', message: /jeton de sécurité absent ou invalide/ });
      } finally {
        await other.api.dispose();
      }
    });
  }

  test('a forged form from a browser gets a French 403 page', async ({ api, request }) => {
    await api.start('litige-en-attente');
    const res = await unchanged(api, () =>
      request.post('/litiges/LT-5021934/annuler', { form: { _csrf: 'faux' }, headers: { accept: 'text/html' } }),
    );
    expect(res.status()).toBe(403);
    const html = await res.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/<h1>Formulaire refusé<\/h1>/);
  });

  for (const base of ['', '/app']) {
    test(`${base}/litiges: the right token → 303 to the dispute with the flash`, async ({ api, request }) => {
      const { csrfToken } = await api.start('litige-en-attente');
      const res = await request.post(`${base}/litiges/LT-5021934/annuler`, {
        form: { _csrf: csrfToken },
        headers: { accept: 'text/html' },
        maxRedirects: 0,
      });
      expect(res.status()).toBe(303);
      expect(res.headers().location).toBe(`${base}/litiges/LT-5021934?info=annule`);
      expect((await api.dispute('LT-5021934')).status).toBe('cancelled');
    });
  }
});

test.describe('unknown pages', () => {
  const pages = ['/app/nope', '/litiges/LT-0000000', '/commandes/0000000000000000', '/nope', '/__sim/nope'];
  for (const path of pages) {
    test(`GET ${path} → 404: French page for people, JSON for programs`, async ({ api, request }) => {
      await api.start('litige-en-attente');
      const page = await request.get(path, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(page.status()).toBe(404);
      expect(page.headers()['content-type']).toContain('text/html');
      const html = (await page.text()).replaceAll('&#39;', "'");
      expect(html).toContain('<html lang="fr">');
      expect(html).toMatch(/<h1>Page introuvable<\/h1>/);
      expect(html).toContain("n'existe pas, ou n'appartient pas à votre session");

      await expectRefusal(await request.get(path), { status: 404, code: 'not_found', message: /n'existe pas/ });
    });
  }

  test('a hostile id is never echoed as markup', async ({ api, request }) => {
    const { csrfToken } = await api.start('litige-en-attente');
    const res = await request.post('/litiges/%3Cscript%3Ealert(1)%3C%2Fscript%3E/annuler', {
      form: { _csrf: csrfToken },
      headers: { accept: 'text/html' },
    });
    expect(res.status()).toBe(404);
    const html = await res.text();
    expect(html).toMatch(/<h1>Page introuvable<\/h1>/);
    expect(html).not.toContain('<script');
  });
});

test('a 405 names the allowed methods in an Allow header', async ({ api, request }) => {
  await api.start('litige-en-attente');
  const res = await request.put('/litiges/LT-5021934/annuler', { data: {} });
  expect(res.status()).toBe(405);
  expect(res.headers().allow).toBe('POST');
});

test('a wrong method on the control API → 405, not a crash', async ({ api, request }) => {
  await api.start('litige-en-attente');
  await expectRefusal(await request.put('/__sim/state', { data: {} }), {
    status: 405,
    code: 'method.not_allowed',
    message: /^Cette adresse n'accepte que : GET, HEAD\.$/,
  });
});
