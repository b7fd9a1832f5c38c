/**
 * Malformed and loose bodies (issue 14, items 3 and 7): every malformed body
 * is a 400 (403 for a form without its token), nothing is logged at error
 * level, nothing changes; numbers are strict, amounts have at most two
 * decimals and at most the order's price, text must contain something visible.
 */
import { test, expect } from '../../fixtures/test';
import { inProcess, type InProcess } from '../helpers/in-process';

const MESSAGES = '/litiges/LT-5021934/messages';
const OPEN = '/commandes/8203614990217753/litiges'; // 12,99 € + 1,99 € shipping = 14,98 €

async function expectRefused(sim: InProcess, res: Response, status: number, code: string) {
  expect(res.status, await res.clone().text()).toBe(status);
  expect(((await res.json()) as { code: string }).code).toBe(code);
  expect(sim.errorLogs()).toEqual([]);
}

test.describe('malformed multipart bodies are 400 body.invalid, never an error log', () => {
  const cases: [string, string, string][] = [
    ['no boundary', 'multipart/form-data', '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nbonjour\r\n--x--\r\n'],
    [
      'a wrong boundary',
      'multipart/form-data; boundary=abc',
      '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nbonjour\r\n--x--\r\n',
    ],
    ['a body cut short', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="te'],
  ];
  for (const [name, type, body] of cases) {
    for (const withSession of [true, false]) {
      test(`${name}, ${withSession ? 'with' : 'without'} a session`, async () => {
        const sim = inProcess();
        if (withSession) await sim.start('litige-en-attente');
        const before = withSession ? await sim.shopState() : undefined;
        // Without a session: the one POST that reads a body before any session exists.
        const res = await sim.request('POST', withSession ? MESSAGES : '/__sim/sessions', { headers: { 'content-type': type }, body });
        await expectRefused(sim, res, 400, 'body.invalid');
        if (!withSession) expect(sim.store.size).toBe(0);
        if (before) expect(await sim.shopState()).toEqual(before);
      });
    }
  }
});

test.describe('advanceDays is an integer JSON number, nothing else', () => {
  for (const value of [true, '0x10', [5], '1e2', ' 2 ', '2', 2.5, null]) {
    test(`advanceDays ${JSON.stringify(value)} → 400, clock unchanged`, async () => {
      const sim = inProcess();
      await sim.start('delai-vendeur');
      const before = await sim.shopState();
      await expectRefused(sim, await sim.post('/__sim/clock', { advanceDays: value }), 400, 'body.invalid');
      expect(await sim.shopState()).toEqual(before);
    });
  }

  test('a form sends digits only (the /__sim page)', async () => {
    const sim = inProcess();
    const { csrfToken } = await sim.start('delai-vendeur');
    const send = (days: string) =>
      sim.request('POST', '/__sim/clock', {
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams({ _csrf: csrfToken, advanceDays: days }),
      });
    expect((await send('0x10')).status).toBe(400);
    expect((await send(' 2 ')).status).toBe(400);
    expect((await send('3')).status).toBe(303);
  });
});

test.describe('a refund amount has at most two decimals and at most the order total', () => {
  const open = (sim: InProcess, amount: unknown) => sim.post(OPEN, { problem: 'non-recu', reason: 'Pas expédié.', amount });
  for (const amount of ['0,004', 0.004, '0x10', 99_999, '14,99', 14.981, '1e1', true, ' 5 ']) {
    test(`amount ${JSON.stringify(amount)} → 400, nothing opened`, async () => {
      const sim = inProcess();
      await sim.start('litige-en-attente');
      const before = await sim.shopState();
      await expectRefused(sim, await open(sim, amount), 400, 'body.invalid');
      expect(await sim.shopState()).toEqual(before);
    });
  }
  for (const [amount, cents] of [
    ['14,98', 1498],
    [14.98, 1498],
    ['0,01', 1],
    [7, 700],
  ] as const) {
    test(`amount ${JSON.stringify(amount)} is accepted as ${cents} cents`, async () => {
      const sim = inProcess();
      await sim.start('litige-en-attente');
      const res = await open(sim, amount);
      expect(res.status, await res.clone().text()).toBe(200);
      expect(((await res.json()) as { dispute: { requestedRefundCents: number } }).dispute.requestedRefundCents).toBe(cents);
    });
  }
});

test.describe('text must contain something visible', () => {
  const invisible = ['\u200b\u200b\u200b', '\u200d\u2060\ufeff', ' \u00a0\u3000\t\n', '\u200e\u202e', '\u3164\u2800'];
  for (const text of invisible) {
    test(`message ${JSON.stringify(text)} → 400, nothing posted`, async () => {
      const sim = inProcess();
      await sim.start('litige-en-attente');
      const before = await sim.shopState();
      await expectRefused(sim, await sim.post(MESSAGES, { text }), 400, 'body.invalid');
      await expectRefused(sim, await sim.post(OPEN, { problem: 'non-recu', reason: text, amount: 5 }), 400, 'body.invalid');
      expect(await sim.shopState()).toEqual(before);
    });
  }
  test('evidence with an invisible description → 400', async () => {
    const sim = inProcess();
    await sim.start('vendeur-refuse');
    await expectRefused(sim, await sim.post('/litiges/LT-5023416/preuves', { description: '\u200b \u200c' }), 400, 'body.invalid');
  });
});
