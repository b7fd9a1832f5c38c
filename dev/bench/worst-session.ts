/**
 * Memory per session at its worst: sessions filled to their caps through the
 * real Shop (the code every POST goes through), then the heap they hold after
 * a full collection. Two ways to fill, and the larger figure counts:
 * - many: every order and problem opened, each dispute filled to
 *   DISPUTE_MAX_MESSAGES one-character messages (object overhead, not text);
 * - bytes: SESSION_MAX_KB of the longest messages allowed (text, not overhead).
 * Both end on a session that refuses anything more (limit.messages / limit.session).
 * Run alone: `node --import tsx dev/bench/worst-session.ts [sessions]`.
 */
import { randomBytes } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pino from 'pino';
import { config } from '../../lib/config';
import { createApp } from '../../mock-site/app';
import { problemCodes } from '../../mock-site/domain/schema';
import { loadScenarios } from '../../mock-site/scenarios';
import type { Session } from '../../mock-site/sessions';
import type { Shop } from '../../mock-site/shop';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A fresh, flat string (a repeated one would be shared between messages and hide their cost). */
const text = (chars: number) =>
  randomBytes(Math.ceil((chars * 3) / 4))
    .toString('base64url')
    .slice(0, chars);

function fillWithMany(shop: Shop, session: Session): void {
  for (const order of session.state.orders) {
    for (const problem of problemCodes) {
      const opened = shop.openDispute(session, order.id, { problem, reason: text(1), requestedRefundCents: 1 });
      const id = opened.ok ? opened.dispute.id : session.state.disputes.findLast((d) => d.orderId === order.id)?.id;
      if (!id) continue;
      while (shop.postMessage(session, id, text(1)).ok);
      shop.cancel(session, id);
    }
  }
}

function fillWithBytes(shop: Shop, session: Session): void {
  const [dispute] = session.state.disputes;
  if (!dispute) throw new Error('worst-session : le scénario doit avoir un litige');
  while (shop.postMessage(session, dispute.id, text(2000)).ok);
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** KB of heap per session filled one way, and how much it holds. */
function measure(fill: (shop: Shop, session: Session) => void, sessions: number) {
  const { store, shop } = createApp({
    config: { ...config, SESSION_MAX: sessions + 1 },
    logger: pino({ level: 'silent' }),
    scenarios: loadScenarios(),
  });
  const scenario = loadScenarios().get(config.DEFAULT_SCENARIO);
  if (!scenario) throw new Error(`worst-session : pas de scénario ${config.DEFAULT_SCENARIO}`);
  const before = heapUsed();
  const kept: Session[] = [];
  for (let i = 0; i < sessions; i++) {
    const session = store.create(scenario, { acted: true });
    fill(shop, session);
    kept.push(session);
  }
  const after = heapUsed();
  const sample = kept[0];
  const messages = sample?.state.disputes.reduce((n, d) => n + d.messages.length, 0) ?? 0;
  return {
    kb: (after - before) / sessions / 1024,
    messages,
    disputes: sample?.state.disputes.length ?? 0,
    textKb: (sample?.addedBytes ?? 0) / 1024,
  };
}

export function worstSessionMemory(sessions = 200) {
  const many = measure(fillWithMany, sessions);
  const bytes = measure(fillWithBytes, sessions);
  return { kb: Math.max(many.kb, bytes.kb), many, bytes, sessions };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = worstSessionMemory(Number(process.argv[2] ?? 200));
  console.log(JSON.stringify(result, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v), 2));
}
