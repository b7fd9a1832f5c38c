/**
 * Memory stays bounded: on a simulator with a small SESSION_MAX, creating
 * more sessions than the cap keeps the store at the cap and evicts the
 * oldest; on one with a tiny SESSION_TTL_MINUTES, idle sessions are gone
 * after the TTL. In-process only: it reads the store's size directly.
 */
import type { Logger } from '../../lib/logger';
import type { Scenario } from '../../mock-site/domain/schema';
import { startLocalSimulator } from '../../harness/simulator';
import { LoadClient, newAgent, type Run } from './client';
import { LOAD_SCENARIO } from './session';

export interface Bounds {
  cap: number;
  createdOverCap: number;
  storeSizeAtCap: number;
  oldestEvicted: boolean;
  newestAlive: boolean;
  ttlMs: number;
  storeSizeAfterTtl: number;
  expiredRefused: boolean;
}

const TTL_MS = 300;

export async function checkBounds(
  deps: { logger: Logger; scenarios: ReadonlyMap<string, Scenario> },
  created: number,
  cap: number,
): Promise<Bounds> {
  const capped = await startLocalSimulator({ logger: deps.logger, settings: { SESSION_MAX: cap, FAULT_LATENCY_MS: 0 } });
  const short = await startLocalSimulator({ logger: deps.logger, settings: { SESSION_TTL_MINUTES: TTL_MS / 60_000, FAULT_LATENCY_MS: 0 } });
  try {
    // Created one after another, so "oldest" is well defined.
    const cappedClients = await createSessions(capped.url, created);
    const storeSizeAtCap = capped.store.size;
    const alive = async (client: LoadClient | undefined) => (await client?.request('GET', '/__sim/state'))?.status === 200;
    const oldestEvicted = !(await alive(cappedClients[0]));
    const newestAlive = await alive(cappedClients.at(-1));

    const shortClients = await createSessions(short.url, cap);
    await new Promise((resolve) => setTimeout(resolve, 2 * TTL_MS));
    await createSessions(short.url, 1); // creating a session sweeps the expired ones
    const storeSizeAfterTtl = short.store.size;
    const expiredRefused = !(await alive(shortClients[0]));
    return { cap, createdOverCap: created, storeSizeAtCap, oldestEvicted, newestAlive, ttlMs: TTL_MS, storeSizeAfterTtl, expiredRefused };
  } finally {
    await capped.close();
    await short.close();
  }
}

async function createSessions(base: string, count: number): Promise<LoadClient[]> {
  // A fresh connection per session: nothing but the cookie ties requests to a session.
  const run: Run = { base, agent: newAgent(), budget: { remaining: count + 10 }, deadline: performance.now() + 30_000, latenciesMs: [] };
  const clients: LoadClient[] = [];
  for (let i = 0; i < count; i += 1) {
    const client = new LoadClient(run);
    const reply = await client.request('POST', '/__sim/sessions', { json: { scenario: LOAD_SCENARIO } });
    if (reply.status !== 201) throw new Error(`création de session : HTTP ${reply.status}`);
    clients.push(client);
  }
  return clients;
}

export function boundsProblems(b: Bounds): string[] {
  const problems: string[] = [];
  if (b.storeSizeAtCap > b.cap) problems.push(`${b.storeSizeAtCap} sessions en mémoire pour un plafond de ${b.cap}`);
  if (!b.oldestEvicted) problems.push('la plus ancienne session aurait dû être évincée');
  if (!b.newestAlive) problems.push('la plus récente session devrait être vivante');
  if (b.storeSizeAfterTtl !== 1) problems.push(`${b.storeSizeAfterTtl} sessions après expiration (1 attendue)`);
  if (!b.expiredRefused) problems.push('une session expirée a encore répondu');
  return problems;
}
