/**
 * The simulator in a process of its own, for the load figures: autocannon (in
 * the parent) must not share the simulator's core, and heap figures must count
 * the simulator alone. Started with --expose-gc; answers over IPC:
 *   → {type: 'ready', url}
 *   ← {type: 'memory'}  → {type: 'memory', heapUsed, rss, sessions} after a full GC
 *   ← {type: 'cpu'}     → {type: 'cpu', ms}: CPU time used so far (see cpu.ts)
 * It exits when the parent disconnects, so it cannot outlive the bench.
 */
import { startLocalSimulator } from '../../harness/simulator';
import { answerCpuQueries } from './cpu';

export interface SimReady {
  type: 'ready';
  url: string;
}
export interface SimMemory {
  type: 'memory';
  heapUsed: number;
  rss: number;
  sessions: number;
}

// The default settings, except a session cap well above the bench's sessions so none is evicted mid-run.
const server = await startLocalSimulator({ settings: { SESSION_MAX: 100_000, CONTROL_API: true, LABEL_OVERRIDES: {}, RELAXED_RULES: [] } });

const gc = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: { type?: string }) => {
  if (message.type !== 'memory') return;
  // Twice: the first pass may only schedule finalisers.
  gc?.();
  gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.send?.({ type: 'memory', heapUsed, rss, sessions: server.store.size } satisfies SimMemory);
});
answerCpuQueries();
process.once('disconnect', () => void server.close().finally(() => process.exit(0)));
process.send?.({ type: 'ready', url: server.url } satisfies SimReady);
