/**
 * The simulator's control API (/__sim): start a session on a scenario, read
 * its state, move its clock, reset it, inject faults. Tests seed through it,
 * people use the /__sim page. CONTROL_API=false switches it off for a shared practice server.
 */
import { Hono, type Context } from 'hono';
import { DEFAULT_EDITION, editionNames, editions, type EditionName } from '../domain/editions/index';
import { sellerDeadline } from '../domain/policy';
import type { Scenario } from '../domain/schema';
import { bodies, readBody } from '../http/body';
import { problems, respondProblem, wantsJson, type Problem } from '../http/respond';
import { currentSession, startSession, type AppEnv } from '../http/session';
import { flashFor, orderTitle } from '../presenters/labels';
import { sessionNow, type Session } from '../sessions';
import { views } from '../views/index';
import type { RouteDeps } from './deps';
import { paths } from '../urls';

export function controlRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { config, scenarios, store, shop } = deps;
  const control = new Hono<AppEnv>();

  control.get('/', (c) => {
    const session = currentSession(c, store);
    return c.html(
      views.simPanel({
        scenarios: [...scenarios.values()].map(({ name, title, description }) => ({ name, title, description })),
        session: session && {
          id: session.id,
          scenario: session.scenario.name,
          edition: session.edition,
          now: sessionNow(session).toISOString(),
          csrfToken: session.csrfToken,
        },
        editions: editionNames.map((name) => ({ name, title: editions[name].title })),
        defaultEdition: config.POLICY_EDITION,
        controlApi: config.CONTROL_API,
        flash: flashFor(c.req.query('info')),
      }),
    );
  });

  control.use('/*', async (c, next) => {
    if (!config.CONTROL_API) return respondProblem(c, disabled());
    await next();
  });

  control.get('/scenarios', (c) =>
    c.json([...scenarios.values()].map(({ name, title, description, now }) => ({ name, title, description, now }))),
  );

  // A link people can follow changes nothing: it shows the button, whose POST starts the session.
  control.get('/start', (c) => {
    const scenario = scenarios.get(c.req.query('scenario') ?? '');
    if (!scenario) return respondProblem(c, unknownScenario(c.req.query('scenario'), scenarios), undefined, '/__sim');
    return c.html(views.simStart({ scenario, surface: c.req.query('surface') === 'app' ? 'app' : 'web', edition: editionFrom(c.req.query('edition')) }));
  });

  // No token to echo (the visitor may have no session yet): the cross-origin check guards it.
  control.post('/start', async (c) => {
    const body = await readBody(c, undefined, bodies.start, { formToken: false });
    if (!body.ok) return respondProblem(c, body.problem, undefined, '/__sim');
    const scenario = scenarios.get(body.value.scenario);
    if (!scenario) return respondProblem(c, unknownScenario(body.value.scenario, scenarios), undefined, '/__sim');
    shop.settle(startSession(c, store, scenario, { acted: true, edition: body.value.edition }));
    return c.redirect(paths.home(body.value.surface), 303);
  });

  control.post('/sessions', async (c) => {
    const body = await readBody(c, undefined, bodies.session);
    if (!body.ok) return respondProblem(c, body.problem);
    const scenario = scenarios.get(body.value.scenario);
    if (!scenario) return respondProblem(c, unknownScenario(body.value.scenario, scenarios));
    const session = startSession(c, store, scenario, { acted: true, edition: body.value.edition });
    shop.settle(session);
    return c.json(
      {
        sessionId: session.id,
        csrfToken: session.csrfToken,
        scenario: scenario.name,
        edition: session.edition,
        now: sessionNow(session).toISOString(),
      },
      201,
    );
  });

  control.get('/state', (c) => withSession(c, deps, (session) => c.json(stateOf(session, deps))));

  control.post('/clock', (c) =>
    withSession(c, deps, async (session) => {
      const body = await readBody(c, session, bodies.clock);
      if (!body.ok) return respondProblem(c, body.problem, undefined, '/__sim');
      shop.advanceClock(session, body.value.advanceDays);
      return wantsJson(c) ? c.json({ now: sessionNow(session).toISOString() }) : c.redirect('/__sim?info=horloge', 303);
    }),
  );

  control.post('/reset', (c) =>
    withSession(c, deps, async (session) => {
      const body = await readBody(c, session, bodies.empty);
      if (!body.ok) return respondProblem(c, body.problem, undefined, '/__sim');
      store.reset(session);
      shop.settle(session);
      return wantsJson(c) ? c.json({ now: sessionNow(session).toISOString() }) : c.redirect('/__sim?info=reinitialise', 303);
    }),
  );

  control.post('/faults', (c) =>
    withSession(c, deps, async (session) => {
      const body = await readBody(c, session, bodies.faults);
      if (!body.ok) return respondProblem(c, body.problem, undefined, '/__sim');
      const { latencyMs, failNext } = body.value;
      if (latencyMs !== undefined) session.faults.latencyMs = latencyMs;
      if (failNext === null) delete session.faults.failNext;
      else if (failNext) session.faults.failNext = failNext;
      return c.json({ faults: session.faults });
    }),
  );

  return control;
}

/** The session's state as programs read it. */
export function stateOf(session: Session, { shop }: RouteDeps) {
  return {
    sessionId: session.id,
    scenario: session.scenario.name,
    edition: session.edition,
    now: sessionNow(session).toISOString(),
    faults: session.faults,
    orders: session.state.orders.map((order) => ({ ...order, title: orderTitle(order) })),
    disputes: session.state.disputes.map((dispute) => ({
      ...dispute,
      sellerDeadline: sellerDeadline(dispute, shop.editionOf(session)).toISOString(),
    })),
  };
}

/** The /__sim page's link: an unknown value falls back to the server's default edition (no error page for a link). */
function editionFrom(value: string | undefined): EditionName | undefined {
  return editionNames.find((name) => name === value) ?? (value === undefined ? undefined : DEFAULT_EDITION);
}

function withSession(c: Context, { store, shop }: RouteDeps, run: (session: Session) => Response | Promise<Response>) {
  const session = currentSession(c, store);
  if (!session) return respondProblem(c, problems.sessionMissing(), undefined, '/__sim');
  if (c.req.method !== 'GET') store.markActed(session);
  shop.settle(session);
  return run(session);
}

function unknownScenario(name: string | undefined, scenarios: ReadonlyMap<string, Scenario>): Problem {
  return {
    status: 404,
    code: 'scenario.unknown',
    title: 'Scénario inconnu',
    message: `Le scénario « ${name ?? ''} » n'existe pas. Scénarios disponibles : ${[...scenarios.keys()].join(', ')}.`,
  };
}

function disabled(): Problem {
  return {
    status: 403,
    code: 'control.disabled',
    title: 'API de contrôle désactivée',
    message: "L'API de contrôle du simulateur est désactivée sur ce serveur (CONTROL_API=false).",
  };
}
