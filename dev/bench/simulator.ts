/**
 * Figure 3, the simulator under load. The simulator runs in a child process
 * (sim-child.ts) so autocannon, in this process, has the other core. With N
 * live sessions (default 500) created through the control API, each request
 * carries one of their cookies in turn, on the order-details and dispute pages.
 * - Throughput on one core: responses ÷ the simulator's CPU-seconds, with 50
 *   connections back to back; wall-clock pages/s and the share of a core the
 *   simulator actually got are printed next to it (others share this machine).
 * - Latency: 10 connections. A closed loop's latency is connections ÷
 *   throughput (Little's law), so at 50 connections p99 under 10 ms would need
 *   over 5,000 pages/s whatever the code does; 10 back-to-back clients are
 *   already far more than 500 people reading pages. Both are printed.
 * - Memory: in a fresh simulator of its own (no load, no open sockets), heap
 *   after a full GC before and after creating N sessions, twice; the median
 *   of the two deltas ÷ N.
 */
import { ask } from './children';
import { figure, type Figure } from './report';
import { config } from '../../lib/config';
import type { SimMemory } from './sim-child';
import { worstSessionMemory } from './worst-session';
import { median } from '../stats';
import {
  createSessions,
  measure,
  pageBytes,
  pageNames,
  pagePath,
  requestsFor,
  startSimChild,
  type Measured,
  type Page,
  type RunningChild,
} from './targets';

export const THROUGHPUT_CONNECTIONS = 50;
export const LATENCY_CONNECTIONS = 10;

export interface LoadSettings {
  runs: number;
  seconds: number;
  sessions: number;
}

const pages: Page[] = ['order', 'dispute'];

/** Heap per session, with the heaps it was computed from. */
async function memoryPerSession(sessions: number): Promise<{ kb: number; note: string }> {
  const sim = await startSimChild();
  try {
    // Warm first (one session, its pages), so the baseline already holds compiled code, the router and caches.
    const [cookie] = await createSessions(sim.url, 1);
    for (let i = 0; i < 20; i++) for (const page of pages) await pageBytes(sim.url, pagePath('sim', page), cookie);
    const heaps = [await heapUsed(sim)];
    for (let round = 0; round < 2; round++) {
      await createSessions(sim.url, sessions);
      heaps.push(await heapUsed(sim));
    }
    const deltas = heaps.slice(1).map((heap, i) => (heap - (heaps[i] ?? heap)) / sessions / 1024);
    return { kb: median(deltas), note: `tas ${heaps.map(mib).join(' → ')} MiB, +${sessions} sessions par étape` };
  } finally {
    await sim.stop();
  }
}

const heapUsed = async (sim: RunningChild) => (await ask<SimMemory>(sim.child, { type: 'memory' }, 'memory')).heapUsed;

export async function benchSimulator(settings: LoadSettings): Promise<Figure[]> {
  const memory = await memoryPerSession(settings.sessions);
  const worst = worstSessionMemory();
  const sim = await startSimChild();
  try {
    const cookies = await createSessions(sim.url, settings.sessions);
    // Warm-up: JIT and caches, on every session once.
    for (const page of pages) await measure(sim, requestsFor('sim', page, cookies), { connections: LATENCY_CONNECTIONS, seconds: 1 });

    const saturated: Record<Page, Measured[]> = { order: [], dispute: [] };
    const paced: Record<Page, Measured[]> = { order: [], dispute: [] };
    for (let run = 0; run < settings.runs; run++) {
      for (const page of pages) {
        const requests = requestsFor('sim', page, cookies);
        saturated[page].push(await measure(sim, requests, { connections: THROUGHPUT_CONNECTIONS, seconds: settings.seconds }));
        paced[page].push(await measure(sim, requests, { connections: LATENCY_CONNECTIONS, seconds: settings.seconds }));
      }
    }
    const afterLoad = await ask<SimMemory>(sim.child, { type: 'memory' }, 'memory');
    const figures = pages.flatMap((page) => {
      const name = pageNames[page];
      const share = saturated[page].map((m) => `${Math.round(m.cpuShare * 100)}%`).join(', ');
      return [
        figure('sim', `${name} : pages par seconde de CPU (un cœur)`, 'req/s', pick(saturated[page], 'perCpuSecond'), {
          kind: 'min',
          value: 2000,
        }),
        figure(
          'sim',
          `${name} : pages/s en durée réelle (${THROUGHPUT_CONNECTIONS} conn.)`,
          'req/s',
          pick(saturated[page], 'rps'),
          undefined,
          `le simulateur a eu ${share} d'un cœur`,
        ),
        figure('sim', `${name} : latence p50 (${LATENCY_CONNECTIONS} conn.)`, 'ms', pick(paced[page], 'p50')),
        figure('sim', `${name} : latence p99 (${LATENCY_CONNECTIONS} conn.)`, 'ms', pick(paced[page], 'p99'), { kind: 'max', value: 10 }),
        figure(
          'sim',
          `${name} : latence p50 / p99 (${THROUGHPUT_CONNECTIONS} conn., à saturation)`,
          'ms',
          pick(saturated[page], 'p99'),
          undefined,
          `p50 ${pick(saturated[page], 'p50').join(', ')} ms`,
        ),
      ];
    });
    figures.push(
      figure(
        'sim',
        `mémoire par session (tas, ${settings.sessions} sessions)`,
        'KB',
        [memory.kb],
        { kind: 'max', value: 64 },
        `${memory.note} ; le simulateur après la charge : tas ${mib(afterLoad.heapUsed)} MiB, RSS ${mib(afterLoad.rss)} MiB pour ${afterLoad.sessions} sessions`,
      ),
      // Bounded: a session filled to its caps holds about SESSION_MAX_KB, whichever way it is filled.
      figure(
        'sim',
        `mémoire par session remplie jusqu'à ses plafonds (tas, ${worst.sessions} sessions)`,
        'KB',
        [worst.kb],
        { kind: 'max', value: 1.5 * config.SESSION_MAX_KB },
        `beaucoup de petits : ${worst.many.messages} messages dans ${worst.many.disputes} litiges, ${worst.many.kb.toFixed(1)} KB ; ` +
          `textes longs : ${worst.bytes.messages} messages, ${worst.bytes.kb.toFixed(1)} KB ; plafonds : ${config.DISPUTE_MAX_MESSAGES} messages par litige, ${config.SESSION_MAX_KB} KB par session`,
      ),
    );
    return figures;
  } finally {
    await sim.stop();
  }
}

const pick = (runs: Measured[], key: 'rps' | 'perCpuSecond' | 'p50' | 'p99') => runs.map((m) => m[key]);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
