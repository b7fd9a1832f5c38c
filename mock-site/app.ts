/**
 * createApp builds the simulator and does no I/O: scenarios and config come in,
 * a Hono app comes out. mock-site/server.ts listens; tests can run it in-process.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { methodNotAllowed } from 'hono/method-not-allowed';
import type { AppConfig } from '../lib/config';
import type { Logger } from '../lib/logger';
import { editionWith, overridesFrom } from './domain/editions/index';
import type { Scenario } from './domain/schema';
import { injectLatency } from './http/faults';
import { overrideLabels } from './http/label-overrides';
import { refuseCrossOrigin } from './http/origin';
import { PageCache } from './http/page-cache';
import { securityHeaders } from './http/security-headers';
import { problems, respondProblem } from './http/respond';
import { currentSession, requireSession, type AppEnv } from './http/session';
import { pageContext } from './presenters/pages';
import { controlRoutes } from './routes/control';
import type { RouteDeps } from './routes/deps';
import { shopActions } from './routes/shop-actions';
import { shopPages } from './routes/shop-pages';
import { SessionStore } from './sessions';
import { Shop } from './shop';
import { trimTrailingSlash } from './http/trailing-slash';
import { APP_BASE, SEGMENTS, surfaceOf } from './urls';
import { views } from './views/index';
import { siteCss } from './views/styles';

export interface AppDeps {
  config: AppConfig;
  logger: Logger;
  scenarios: ReadonlyMap<string, Scenario>;
  /** Real time for session expiry; tests inject their own. */
  realNow?: () => number;
}

export function createApp({ config, logger, scenarios, realNow }: AppDeps) {
  const defaultScenario = scenarios.get(config.DEFAULT_SCENARIO);
  if (!defaultScenario) {
    throw new Error(
      `DEFAULT_SCENARIO « ${config.DEFAULT_SCENARIO} » inconnu. Scénarios disponibles : ${[...scenarios.keys()].join(', ')}.`,
    );
  }
  const store = new SessionStore({
    ttlMs: config.SESSION_TTL_MINUTES * 60_000,
    max: config.SESSION_MAX,
    defaultEdition: config.POLICY_EDITION,
    realNow,
  });
  const overrides = overridesFrom(config);
  const shop = new Shop(
    { messagesPerDispute: config.DISPUTE_MAX_MESSAGES, sessionBytes: config.SESSION_MAX_KB * 1024 },
    config.RELAXED_RULES,
    (name) => editionWith(name, overrides),
  );
  const deps: RouteDeps = { config, logger, scenarios, store, shop, pageCache: new PageCache(config.PAGE_CACHE_MB) };
  const app = new Hono<AppEnv>();

  app.onError((error, c) => {
    // A client that hung up is not the simulator's fault: no error-level log, no stack.
    if (isClientGone(error)) logger.info({ method: c.req.method, path: c.req.path }, 'client gone before the answer');
    else logger.error({ err: error, method: c.req.method, path: c.req.path }, 'unexpected error');
    return respondProblem(c, problems.internal());
  });
  app.notFound((c) => notFound(c, store));
  // First, like a slow network: everything after it, refusals included, arrives late.
  // The error page is handed to the HTTP layer here: it imports no view.
  app.use(async (c, next) => {
    c.set('renderErrorPage', views.error);
    await next();
  });
  app.use(injectLatency(config.FAULT_LATENCY_MS, store));
  app.use(
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, allowed) => {
        c.header('Allow', allowed.join(', '));
        return respondProblem(c, problems.methodNotAllowed(allowed));
      },
    }),
  );
  app.use(securityHeaders());
  app.use(trimTrailingSlash());
  // Before any body is read or any session consulted: a forged request touches nothing.
  app.use(refuseCrossOrigin());
  const limitBody = bodyLimit({
    maxSize: config.BODY_LIMIT_BYTES,
    onError: (c) => respondProblem(c, problems.tooLarge(config.BODY_LIMIT_BYTES)),
  });
  // Reads carry no body, and asking for one would build a full Request for every page (a tenth of its cost).
  app.use((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next)));

  if (Object.keys(config.LABEL_OVERRIDES).length > 0) app.use(overrideLabels(config.LABEL_OVERRIDES));

  // STYLE_OVERRIDES (test hook): a restyled site, for the illustrated guide's visual diff.
  const css = config.STYLE_OVERRIDES ? `${siteCss}\n${config.STYLE_OVERRIDES}\n` : siteCss;
  app.get('/assets/site.css', (c) =>
    c.body(css, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
  );
  app.route('/__sim', controlRoutes(deps));

  const session = requireSession(
    store,
    () => defaultScenario,
    (s) => shop.settle(s),
  );
  const shopPaths = ['', `/${SEGMENTS.orders}`, `/${SEGMENTS.orders}/*`, `/${SEGMENTS.disputes}/*`];
  for (const path of [
    ...shopPaths.map((p) => p || '/'),
    APP_BASE,
    ...shopPaths.filter(Boolean).map((p) => `${APP_BASE}${p}`),
    `${APP_BASE}/*`,
  ])
    app.use(path, session);
  app.route(APP_BASE, shopPages('app', deps));
  app.route(APP_BASE, shopActions('app', deps));
  app.route('/', shopPages('web', deps));
  app.route('/', shopActions('web', deps));

  return { app, store, shop };
}

function isClientGone(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || (error instanceof Error && error.message === 'aborted');
}

function notFound(c: Context, store: SessionStore) {
  const session = currentSession(c, store);
  return respondProblem(c, problems.notFound(), session && pageContext(session, surfaceOf(c.req.path)));
}
