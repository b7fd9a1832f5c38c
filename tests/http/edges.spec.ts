/**
 * Rough edges (issue 14, item 8): a client aborting a POST mid-body, HSTS
 * over plain HTTP, trailing slashes, and a reopened dispute that still showed
 * the seller's old refusal as its current answer.
 */
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { test, expect } from '../../fixtures/test';
import { config } from '../../lib/config';
import { loadScenarios } from '../../mock-site/scenarios';
import { startServer } from '../../mock-site/server';
import { ERROR_LEVEL, inProcess, type LogLine } from '../helpers/in-process';

test('a client that aborts a POST mid-body is not an error-level log', async () => {
  const logs: LogLine[] = [];
  const logger = pino({ level: 'trace' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const server = await startServer({ config, logger, scenarios: loadScenarios() }, { port: 0, host: '127.0.0.1' });
  try {
    const started = await fetch(`${server.url}/__sim/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: 'litige-en-attente' }),
    });
    const cookie = started.headers.get('set-cookie')?.split(';')[0] ?? '';
    const messages = async () =>
      ((await (await fetch(`${server.url}/__sim/state`, { headers: { cookie } })).json()) as { disputes: { messages: unknown[] }[] })
        .disputes[0]?.messages;
    const before = await messages();
    for (const type of ['application/json', 'application/x-www-form-urlencoded']) {
      const socket = connect(server.port, '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        `POST /litiges/LT-5021934/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\nContent-Type: ${type}\r\nContent-Length: 5000\r\n\r\n{"text":"coup`,
      );
      await sleep(100);
      socket.destroy();
      await sleep(200);
    }
    expect(logs.filter((l) => l.level >= ERROR_LEVEL)).toEqual([]);
    expect(await messages()).toEqual(before);
  } finally {
    await server.close();
  }
});

test('no HSTS over plain HTTP', async () => {
  const sim = inProcess();
  for (const path of ['/', '/__sim', '/assets/site.css']) expect((await sim.get(path)).headers.get('strict-transport-security')).toBeNull();
});

test('/app/ and /__sim/ with a trailing slash reach their page', async () => {
  const sim = inProcess();
  for (const [path, heading] of [
    ['/app/', '/app'],
    ['/__sim/', '/__sim'],
    ['/commandes/', '/commandes'],
  ] as const) {
    let res = await sim.get(path, { accept: 'text/html' });
    if (res.status >= 300 && res.status < 400) {
      expect(res.headers.get('location')).toBe(heading);
      res = await sim.get(res.headers.get('location') ?? '', { accept: 'text/html' });
    }
    expect(res.status, path).toBe(200);
  }
});

test("a dispute refused, cancelled and reopened no longer shows the seller's refusal as its current answer", async () => {
  const sim = inProcess();
  // Reopening is the 2016 edition's (« Rouvrir le litige »); today a cancelled dispute is opened again instead.
  await sim.start('vendeur-refuse', '2016');
  const page = async () => (await sim.get('/litiges/LT-5023416', { accept: 'text/html' })).text();
  expect(await page()).toContain('Le vendeur refuse votre demande.');
  expect((await sim.post('/litiges/LT-5023416/annuler', {})).status).toBe(200);
  expect((await sim.post('/litiges/LT-5023416/rouvrir', {})).status).toBe(200);
  const reopened = await page();
  expect(reopened).not.toContain('Le vendeur refuse votre demande.');
  // The history keeps what happened.
  expect(reopened).toContain('Le vendeur a refusé votre demande.');
});

test.describe('today, a cancelled dispute is not reopened (open.again), whatever else its order has open', () => {
  // LT-5030404 covers the second line of its order; the other dispute is on the first line, then on the same line.
  for (const [where, item] of [
    ['another line', 0],
    ['the same line', 1],
  ] as const) {
    test(`with a new dispute open on ${where}`, async () => {
      const sim = inProcess();
      await sim.start('commande-plusieurs-articles', '2026');
      expect((await sim.post('/litiges/LT-5030404/annuler', {})).status).toBe(200);
      const opened = await sim.post('/commandes/8203641400058204/litiges', { problem: 'endommage', reason: 'Abîmé', amount: 1, item });
      expect(opened.status).toBe(200);
      const before = await sim.shopState();
      const res = await sim.post('/litiges/LT-5030404/rouvrir', {});
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'policy.refused', rule: 'open.again' });
      expect(await sim.shopState()).toEqual(before);
    });
  }
});

test('in 2016, a cancelled dispute is not reopened while another dispute of its order is open (dispute.single-active)', async () => {
  const sim = inProcess();
  await sim.start('litige-annule', '2016');
  const opened = await sim.post('/commandes/8203647736519028/litiges', { problem: 'non-conforme', reason: 'Autre souci', amount: 1 });
  expect(opened.status).toBe(200);
  const before = await sim.shopState();
  const res = await sim.post('/litiges/LT-5026871/rouvrir', {});
  expect(res.status).toBe(409);
  expect(await res.json()).toMatchObject({ code: 'policy.refused', rule: 'dispute.single-active' });
  expect(await sim.shopState()).toEqual(before);
});
