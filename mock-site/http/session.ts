/**
 * Finds the visitor's session from its cookie. A person who opens a page with
 * no (or an expired) session gets a fresh one on the default scenario; a
 * state-changing request without a live session is refused and changes nothing.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { EditionName } from '../domain/editions/index';
import type { Scenario } from '../domain/schema';
import type { Session, SessionStore } from '../sessions';
import { problems, respondProblem, type ErrorPageRenderer } from './respond';

export const SESSION_COOKIE = 'sim_session';

export interface AppEnv {
  Variables: { session: Session; renderErrorPage: ErrorPageRenderer };
}

/** `acted`: started by a state-changing request (see SessionStore: such sessions are never pushed out by reads). */
export function startSession(
  c: Context<AppEnv>,
  store: SessionStore,
  scenario: Scenario,
  options: { acted?: boolean; edition?: EditionName } = {},
): Session {
  const session = store.create(scenario, options);
  setCookie(c, SESSION_COOKIE, session.id, { path: '/', httpOnly: true, sameSite: 'Lax' });
  c.set('session', session);
  return session;
}

/** The visitor's live session; looked up once per request (the first middleware to ask keeps it on the context). */
export function currentSession(c: Context<AppEnv>, store: SessionStore): Session | undefined {
  const known = c.get('session') as Session | undefined;
  if (known) return known;
  const session = store.get(getCookie(c, SESSION_COOKIE));
  if (session) c.set('session', session);
  return session;
}

/**
 * For shop pages and actions: GETs start a default session, other methods need
 * a live one. `settle` lets the session's clock do its work before anything reads it.
 */
export function requireSession(
  store: SessionStore,
  defaultScenario: () => Scenario,
  settle: (session: Session) => void,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let session = currentSession(c, store);
    if (!session) {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return respondProblem(c, problems.sessionMissing());
      session = startSession(c, store, defaultScenario());
    } else if (c.req.method !== 'GET' && c.req.method !== 'HEAD') store.markActed(session);
    settle(session);
    c.set('session', session);
    await next();
  };
}
