/**
 * Applies injected latency (see ../faults.ts). It runs first, on every
 * request, so pages, assets and the control API are all slow alike. An armed
 * one-shot failure is not applied here but by the Shop, once the token, the
 * session, the lookup, the policy and the caps have all said yes: a fault
 * never hides the refusal a request deserved, nor half-changes anything.
 */
import type { MiddlewareHandler } from 'hono';
import { setTimeout as sleep } from 'node:timers/promises';
import { totalLatencyMs } from '../faults';
import type { SessionStore } from '../sessions';
import { currentSession, type AppEnv } from './session';

/**
 * FAULT_LATENCY_MS for everyone, plus the session's own latency on the shop's
 * pages and actions. The control API skips the session's part, so a test can
 * always switch a slow session back quickly.
 */
export function injectLatency(globalMs: number, store: SessionStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const faults = c.req.path.startsWith('/__sim') ? undefined : currentSession(c, store)?.faults;
    const ms = totalLatencyMs(globalMs, faults);
    if (ms > 0) await sleep(ms);
    await next();
  };
}
