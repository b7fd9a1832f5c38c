/**
 * The load run: N sessions at once against the simulator (in-process, or a
 * loopback --url), each seeding, reading pages, posting messages, cancelling
 * and reopening, then checking its own final state. Bounded in requests and
 * wall time. Returns the figures and every failed check; `ok` only with zero errors.
 */
import { config } from '../../lib/config';
import { logger } from '../../lib/logger';
import { loadScenarios } from '../../mock-site/scenarios';
import { startLocalSimulator, type RunningServer } from '../../harness/simulator';
import { boundsProblems, checkBounds, type Bounds } from './bounds';
import { isLoopback, newAgent, openConnections, type Run } from './client';
import { runSession } from './session';
import { percentile, round } from '../stats';
import { sampleMemory, type MemoryPeaks } from './memory';

export interface LoadOptions {
  sessions: number;
  /** A simulator already running on this machine; default: one started in-process. */
  url?: string;
  maxSeconds: number;
  /** Default: 15 per session (a session needs 11 to 13). */
  maxRequests?: number;
  /** SESSION_MAX of the second phase, which creates max(sessions, 2 × cap) sessions (in-process only). */
  cap: number;
}

export interface LoadReport {
  target: string;
  inProcess: boolean;
  sessions: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  latencyMs: { p50: number; p99: number; max: number };
  seconds: number;
  /** Opening the connections beforehand (not counted in requests or latency). */
  warmUpMs: number;
  requestsPerSecond: number;
  memory: MemoryPeaks;
  /** Sessions in the simulator's memory after the run (in-process only). */
  storeSize?: number;
  serverUp: boolean;
  bounds?: Bounds;
  failures: string[];
  ok: boolean;
}

export const defaultLoadOptions: LoadOptions = { sessions: 200, maxSeconds: 30, cap: 50 };

export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  if (options.url && !isLoopback(new URL(options.url))) {
    throw new Error(`--url doit viser cette machine (127.0.0.1, ::1 ou localhost), pas ${new URL(options.url).hostname}.`);
  }
  const scenarios = loadScenarios();
  const simLogger = logger.child({ module: 'sim' }, { level: 'warn' });
  let server: RunningServer | undefined;
  if (!options.url) {
    // Room for every session, and no injected latency: the run measures the simulator itself.
    const settings = { SESSION_MAX: Math.max(config.SESSION_MAX, options.sessions), FAULT_LATENCY_MS: 0, CONTROL_API: true };
    server = await startLocalSimulator({ settings, logger: simLogger });
  }
  const base = options.url ?? server?.url ?? '';
  const memory = sampleMemory();
  const agent = newAgent();
  try {
    const budget = options.maxRequests ?? options.sessions * 15;
    const run: Run = {
      base,
      agent,
      budget: { remaining: budget },
      deadline: performance.now() + options.maxSeconds * 1000,
      latenciesMs: [],
    };
    const warmUpMs = await openConnections(run, options.sessions);
    const runId = Date.now().toString(36);
    const started = performance.now();
    const results = await Promise.allSettled(Array.from({ length: options.sessions }, (_, i) => runSession(run, runId, i)));
    const seconds = (performance.now() - started) / 1000;
    const errorSamples = results.flatMap((r, i) => (r.status === 'rejected' ? [`session ${i} : ${describe(r.reason)}`] : []));
    const serverUp = (await fetch(new URL('/__sim/scenarios', base)).catch(() => undefined))?.status === 200;
    const storeSize = server?.store.size;
    const bounds = server
      ? await checkBounds({ logger: simLogger, scenarios }, Math.max(options.sessions, 2 * options.cap), options.cap)
      : undefined;
    const failures = [
      ...(errorSamples.length > 0 ? [`${errorSamples.length} session(s) en erreur`] : []),
      ...(serverUp ? [] : ['le simulateur ne répond plus après la charge']),
      ...(storeSize !== undefined && storeSize !== options.sessions
        ? [`${storeSize} sessions en mémoire, ${options.sessions} attendues`]
        : []),
      ...(bounds ? boundsProblems(bounds) : []),
    ];
    const latencies = run.latenciesMs;
    return {
      target: base,
      inProcess: server !== undefined,
      sessions: options.sessions,
      requests: latencies.length,
      errors: errorSamples.length,
      errorSamples: errorSamples.slice(0, 5),
      // No answer at all is reported as 0 ms, not NaN: the failures list already says why.
      latencyMs: { p50: round(percentile(latencies, 50) || 0, 1), p99: round(percentile(latencies, 99) || 0, 1), max: round(Math.max(0, ...latencies), 1) },
      seconds: round(seconds, 2),
      warmUpMs: Math.round(warmUpMs),
      requestsPerSecond: Math.round(latencies.length / seconds),
      memory: memory.stop(),
      storeSize,
      serverUp,
      bounds,
      failures,
      ok: failures.length === 0,
    };
  } finally {
    memory.stop();
    agent.destroy();
    await server?.close();
  }
}

function describe(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'temps maximal dépassé';
  if (!(error instanceof Error)) return String(error);
  // fetch hides the socket's error (ECONNREFUSED, ECONNRESET) in its cause.
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
