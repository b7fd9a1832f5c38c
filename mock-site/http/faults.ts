/**
 * Applies injected faults (see ../faults.ts). Latency runs first, on every
 * request, so pages, assets and the control API are all slow alike. An armed
 * failure answers before any route reads the body or asks the shop, so the
 * failed action cannot have half-changed anything.
 */
import type { MiddlewareHandler } from 'hono';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../lib/logger';
import { actionOf, takeFailure, totalLatencyMs } from '../faults';
import { pageContext } from '../presenters/pages';
import type { SessionStore } from '../sessions';
import { problems, respondProblem } from './respond';
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

/** Must run after the session middleware: only a live session's action can consume its fault. */
export function injectFailures(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const action = actionOf(c.req.method, c.req.path);
    const session = c.get('session') as AppEnv['Variables']['session'] | undefined;
    const status = action && session && takeFailure(session.faults, action);
    if (!status) return next();
    logger.info({ session: session.id, action, status }, 'injected failure');
    if (status === 503) c.header('Retry-After', '1');
    const surface = c.req.path.startsWith('/app/') ? 'app' : 'web';
    // Back to the page the form was on: the dispute, or the order for an opening.
    return respondProblem(c, problems.faultInjected(status), pageContext(session, surface), c.req.path.replace(/\/[^/]+$/, ''));
  };
}
