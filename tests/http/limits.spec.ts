/**
 * What one session can store is bounded (issue 14, item 4): messages per
 * dispute and bytes per session are capped (French refusal, stable code,
 * nothing changed), and an action's JSON answer does not grow with history.
 */
import { test, expect } from '../../fixtures/test';
import { parseConfig } from '../../lib/config';
import { inProcess } from '../helpers/in-process';

const MESSAGES = '/litiges/LT-5021934/messages';

test('the caps are documented settings with defaults', () => {
  expect(parseConfig({})).toMatchObject({ DISPUTE_MAX_MESSAGES: 100, SESSION_MAX_KB: 64 });
  expect(parseConfig({ DISPUTE_MAX_MESSAGES: '3', SESSION_MAX_KB: '1' })).toMatchObject({ DISPUTE_MAX_MESSAGES: 3, SESSION_MAX_KB: 1 });
});

test('past DISPUTE_MAX_MESSAGES, a message is refused (409 limit.messages) and nothing changes', async () => {
  const sim = inProcess({ DISPUTE_MAX_MESSAGES: 3 });
  await sim.start('litige-en-attente');
  const already = (await sim.shopState()).disputes[0]?.messages.length ?? 0; // the scenario's own
  for (let i = already + 1; i <= 3; i++) expect((await sim.post(MESSAGES, { text: `message ${i}` })).status).toBe(200);
  const before = await sim.shopState();
  const res = await sim.post(MESSAGES, { text: 'un de trop' });
  expect(res.status).toBe(409);
  const body = (await res.json()) as { code: string; message: string };
  expect(body.code).toBe('limit.messages');
  expect(body.message).toContain('3 messages');
  expect(await sim.shopState()).toEqual(before);
});

test('past SESSION_MAX_KB of text, any action that stores text is refused (413 limit.session)', async () => {
  const sim = inProcess({ SESSION_MAX_KB: 1 });
  await sim.start('litige-en-attente');
  expect((await sim.post(MESSAGES, { text: 'é'.repeat(250) })).status).toBe(200); // 500 bytes
  const before = await sim.shopState();
  const refused = [
    await sim.post(MESSAGES, { text: 'é'.repeat(300) }),
    await sim.post('/commandes/8203614990217753/litiges', { problem: 'non-recu', reason: 'x'.repeat(600), amount: 5 }),
  ];
  for (const res of refused) {
    expect(res.status).toBe(413);
    const body = (await res.json()) as { code: string; message: string };
    expect(body.code).toBe('limit.session');
    expect(body.message).toMatch(/Ko/);
  }
  expect(await sim.shopState()).toEqual(before);
  // A reset gives the room back.
  expect((await sim.post('/__sim/reset', {})).status).toBe(200);
  expect((await sim.post(MESSAGES, { text: 'é'.repeat(300) })).status).toBe(200);
});

test("an action's JSON answer does not grow with the dispute's history", async () => {
  const sim = inProcess();
  await sim.start('litige-en-attente');
  const already = (await sim.shopState()).disputes[0]?.messages.length ?? 0;
  const sizes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const res = await sim.post(MESSAGES, { text: `message ${String(i).padStart(2, '0')} ${'x'.repeat(500)}` });
    const text = await res.text();
    sizes.push(text.length);
    const body = JSON.parse(text) as { dispute: { messageCount: number; lastMessage: { text: string } } };
    expect(body.dispute.messageCount).toBe(already + i + 1);
    expect(body.dispute.lastMessage.text).toContain(`message ${String(i).padStart(2, '0')}`);
  }
  expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThan(10);
});
