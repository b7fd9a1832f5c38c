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
 * - Memory: heap after a full GC, before and after creating the sessions.
 */
import { ask } from './children';
import { figure, type Figure } from './report';
import type { SimMemory } from './sim-child';
import { createSessions, measure, pageNames, requestsFor, startSimChild, type Measured, type Page } from './targets';

export const THROUGHPUT_CONNECTIONS = 50;
export const LATENCY_CONNECTIONS = 10;

export interface LoadSettings {
  runs: number;
  seconds: number;
  sessions: number;
}

const pages: Page[] = ['order', 'dispute'];

export async function benchSimulator(settings: LoadSettings): Promise<Figure[]> {
  const sim = await startSimChild();
  try {
    // Warm up on one session first, so the baseline heap already holds compiled code, the router and caches.
    const warmCookies = await createSessions(sim.url, 1);
    const warm = [...requestsFor('sim', 'order', warmCookies), ...requestsFor('sim', 'dispute', warmCookies)];
    await measure(sim, warm, { connections: LATENCY_CONNECTIONS, seconds: Math.min(2, settings.seconds) });
    const before = await ask<SimMemory>(sim.child, { type: 'memory' }, 'memory');
    const cookies = await createSessions(sim.url, settings.sessions);
    const after = await ask<SimMemory>(sim.child, { type: 'memory' }, 'memory');
    const perSessionKB = (after.heapUsed - before.heapUsed) / settings.sessions / 1024;

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
        figure('sim', `${name}: pages per CPU-second (one core)`, 'req/s', pick(saturated[page], 'perCpuSecond'), {
          kind: 'min',
          value: 2000,
        }),
        figure(
          'sim',
          `${name}: pages/s, wall clock (${THROUGHPUT_CONNECTIONS} conn.)`,
          'req/s',
          pick(saturated[page], 'rps'),
          undefined,
          `the simulator got ${share} of a core`,
        ),
        figure('sim', `${name}: p50 latency (${LATENCY_CONNECTIONS} conn.)`, 'ms', pick(paced[page], 'p50')),
        figure('sim', `${name}: p99 latency (${LATENCY_CONNECTIONS} conn.)`, 'ms', pick(paced[page], 'p99'), { kind: 'max', value: 10 }),
        figure(
          'sim',
          `${name}: p50 / p99 latency (${THROUGHPUT_CONNECTIONS} conn., saturated)`,
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
        `memory per session (heap, ${settings.sessions} sessions)`,
        'KB',
        [perSessionKB],
        { kind: 'max', value: 64 },
        `heap ${mib(before.heapUsed)} → ${mib(after.heapUsed)} MiB for ${after.sessions} sessions; ` +
          `${mib(afterLoad.heapUsed)} MiB after the load runs; RSS ${mib(afterLoad.rss)} MiB`,
      ),
    );
    return figures;
  } finally {
    await sim.stop();
  }
}

const pick = (runs: Measured[], key: 'rps' | 'perCpuSecond' | 'p50' | 'p99') => runs.map((m) => m[key]);
const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
