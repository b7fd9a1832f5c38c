/**
 * The shop's state-changing POSTs, for one surface. Each asks the Shop (which
 * asks the policy); a refusal becomes 409 with the rule id and nothing changes.
 * People are redirected (303) to the dispute page with a one-time message;
 * programs get JSON.
 */
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { bodies, readBody } from '../http/body';
import type { AppEnv } from '../http/session';
import { problems, respondProblem, wantsJson } from '../http/respond';
import type { FlashKey } from '../presenters/labels';
import { pageContext } from '../presenters/pages';
import { disputeSummary, type ActionResult } from '../shop';
import type { Session } from '../sessions';
import type { Surface } from '../views/props';
import type { RouteDeps } from './deps';
import { DISPUTE_ACTIONS, OPEN_DISPUTE_SEGMENT, paths, SEGMENTS } from '../urls';

export function shopActions(surface: Surface, { shop, logger }: RouteDeps): Hono<AppEnv> {
  const reply = answer(logger);
  const actions = new Hono<AppEnv>();

  const disputeAction = <T>(
    verb: string,
    schema: z.ZodType<T>,
    flash: FlashKey | ((session: Session) => FlashKey),
    run: (session: Session, id: string, body: T) => ActionResult,
  ) =>
    actions.post(`/${SEGMENTS.disputes}/:id/${verb}`, async (c) => {
      const session = c.get('session');
      const body = await readBody(c, session, schema);
      if (!body.ok) return respondProblem(c, body.problem, pageContext(session, surface), paths.dispute(surface, c.req.param('id')));
      const result = run(session, c.req.param('id'), body.value);
      logger.info(
        {
          session: session.id,
          action: verb,
          dispute: c.req.param('id'),
          ok: result.ok,
          rule: result.ok ? undefined : result.reason === 'refused' ? result.rule : result.reason,
        },
        'action',
      );
      const key = typeof flash === 'function' ? flash(session) : flash;
      return reply(c, surface, result, key, paths.dispute(surface, c.req.param('id')));
    });

  disputeAction(DISPUTE_ACTIONS.cancel, bodies.empty, 'annule', (s, id) => shop.cancel(s, id));
  disputeAction(DISPUTE_ACTIONS.reopen, bodies.empty, 'rouvert', (s, id) => shop.reopen(s, id));
  // 2016: evidence hands the case to AliExpress; 2026: it is only added to the dispute.
  const evidenceFlash = (s: Session): FlashKey =>
    shop.editionOf(s).behaviours.evidence === 'after-refusal' ? 'preuves' : 'preuves-ajoutees';
  disputeAction(DISPUTE_ACTIONS.evidence, bodies.evidence, evidenceFlash, (s, id, body) => shop.sendEvidence(s, id, body));
  disputeAction(DISPUTE_ACTIONS.message, bodies.message, 'message', (s, id, body) => shop.postMessage(s, id, body.text));
  disputeAction(DISPUTE_ACTIONS.accept, bodies.empty, 'accepte', (s, id) => shop.acceptProposal(s, id));
  disputeAction(DISPUTE_ACTIONS.refuse, bodies.empty, 'refuse', (s, id) => shop.refuseProposal(s, id));
  disputeAction(DISPUTE_ACTIONS.appeal, bodies.empty, 'appel', (s, id) => shop.appeal(s, id));

  actions.post(`/${SEGMENTS.orders}/:id/${OPEN_DISPUTE_SEGMENT}`, async (c) => {
    const session = c.get('session');
    const body = await readBody(c, session, bodies.openDispute);
    if (!body.ok) return respondProblem(c, body.problem, pageContext(session, surface), paths.order(surface, c.req.param('id')));
    const { problem, reason, amount, item, refundType } = body.value;
    const result = shop.openDispute(session, c.req.param('id'), { problem, reason, requestedRefundCents: amount, item, refundType });
    return reply(c, surface, result, 'ouvert', paths.order(surface, c.req.param('id')));
  });

  return actions;
}

/** `back` is where the person came from: the refusal page links there. */
function answer(logger: RouteDeps['logger']) {
  return (c: Context<AppEnv>, surface: Surface, result: ActionResult, flash: FlashKey, back: string): Response | Promise<Response> => {
    const ctx = pageContext(c.get('session'), surface);
    if (result.ok) {
      if (wantsJson(c)) return c.json({ ok: true, dispute: disputeSummary(result.dispute) });
      return c.redirect(`${paths.dispute(surface, result.dispute.id)}?info=${flash}`, 303);
    }
    switch (result.reason) {
      case 'refused':
        return respondProblem(c, problems.refused(result.rule, result.message), ctx, back);
      case 'limit':
        return respondProblem(c, problems.limit(result.code, result.message), ctx, back);
      case 'invalid':
        return respondProblem(
          c,
          problems.invalidBody(`Demande invalide : ${result.field} — ${result.message}`, [
            { field: result.field, message: result.message },
          ]),
          ctx,
          back,
        );
      case 'fault':
        logger.info({ session: c.get('session').id, action: result.action, status: result.status }, 'injected failure');
        if (result.status === 503) c.header('Retry-After', '1');
        return respondProblem(c, problems.faultInjected(result.status), ctx, back);
      case 'not_found':
        return respondProblem(c, problems.notFound(result.what === 'order' ? 'Cette commande' : 'Ce litige'), ctx, paths.orders(surface));
    }
  };
}
