/**
 * Boundaries are experiments: for each duration the guide gives a time rule,
 * the simulator is placed at the guide's own number, not the setting's. The
 * day before, the action is still offered and accepted (or the status has not
 * moved yet); the day after, it is no longer offered and a forged request is
 * refused with 409 (or the status has moved). HTTP only: the page's HTML for
 * "offered", the control API for the clock and the state, a JSON POST for the
 * forged request; each point in a session of its own.
 */
import { request } from 'playwright';
import { boundaries, placeAtDay, type Boundary } from '../../flows/boundaries';
import { SimClient } from '../../harness/sim-client';
import { offersButton } from '../../harness/page-html';
import type { EditionName } from '../../mock-site/domain/editions/index';
import type { RuleClaim } from './check-claims';
import type { Problem, TraceRow } from './types';

export interface BoundaryCheck {
  problems: Problem[];
  rows: TraceRow[];
}

/** What was seen on one day. */
interface Observation {
  day: number;
  ok: boolean;
  /** « jour 14 : « Rouvrir le litige » proposé, POST …/rouvrir → 200 » */
  evidence: string;
  /** What went against the guide, for the problem message. */
  wrong?: string;
}

export async function checkBoundaries(claims: readonly RuleClaim[], url: string, edition: EditionName): Promise<BoundaryCheck> {
  const runs = claims.flatMap((claim) =>
    boundaries.filter((b) => b.ruleId === claim.ruleId && b.edition === edition).map((boundary) => experiment(claim, boundary, url)),
  );
  const done = await Promise.all(runs);
  return { problems: done.flatMap((d) => d.problems), rows: done.flatMap((d) => d.rows) };
}

async function experiment(claim: RuleClaim, boundary: Boundary, url: string): Promise<BoundaryCheck> {
  const days = claim.quantity.hours / 24;
  const limit = Number.isInteger(days) ? days : Math.ceil(days);
  const [before, after] = await Promise.all([observe(boundary, limit - 1, 'before', url), observe(boundary, limit + 1, 'after', url)]);
  const problems = [before, after]
    .filter((o) => !o.ok)
    .map(
      (o): Problem => ({
        check: 'claims',
        line: claim.quantity.line,
        subject: `« ${claim.quantity.text} »`,
        sentence: claim.item.sentence,
        message: `${o.wrong} (${claim.ruleId})`,
      }),
    );
  const row: TraceRow = {
    line: claim.quantity.line,
    subject: `Règle ${claim.ruleId} : « ${claim.quantity.text} » (${boundary.branch})`,
    sentence: claim.item.sentence,
    proof: [`scénario ${boundary.scenario}`],
    tests: [before.evidence, after.evidence],
    result: problems.length > 0 ? 'échec' : 'ok',
  };
  return { problems, rows: [row] };
}

async function observe(boundary: Boundary, day: number, side: 'before' | 'after', url: string): Promise<Observation> {
  const context = await request.newContext({ baseURL: url });
  try {
    const sim = new SimClient(context);
    const placed = await placeAtDay(sim, boundary, day);
    if (!placed.reached) {
      const wrong = `le scénario ${boundary.scenario} commence au jour ${placed.firstDay} : impossible de se placer au jour ${day} pour le vérifier`;
      return { day, ok: false, evidence: `jour ${day} : hors d'atteinte (le scénario commence au jour ${placed.firstDay})`, wrong };
    }
    const inTime = side === 'before';
    const facts: string[] = [];
    const wrong: string[] = [];
    if (boundary.action) {
      const pagePath = boundary.action.on === 'order' ? `/commandes/${placed.dispute.orderId}` : placed.path;
      const page = await context.get(pagePath, { headers: { Accept: 'text/html' } });
      const offered = offersButton(await page.text(), boundary.action.label);
      facts.push(`« ${boundary.action.label} » ${offered ? 'proposé' : 'non proposé'}`);
      if (offered !== inTime) wrong.push(`« ${boundary.action.label} » ${offered ? 'est encore proposé' : "n'est plus proposé"}`);
      const answer = await sim.post(`${pagePath}/${boundary.action.verb}`, boundary.action.body?.(placed.dispute));
      const refused = answer.status === 409;
      facts.push(`POST …/${boundary.action.verb} → ${answer.status}${answer.body.rule ? ` ${answer.body.rule}` : ''}`);
      if (inTime && answer.status >= 300) wrong.push(`la demande est refusée (${answer.status})`);
      if (!inTime && !refused) wrong.push(`une demande forgée est acceptée (${answer.status})`);
    }
    if (boundary.status) {
      const expected = inTime ? boundary.status.before : boundary.status.after;
      facts.push(`statut ${placed.dispute.status}`);
      if (placed.dispute.status !== expected) wrong.push(`le litige est au statut ${placed.dispute.status}, et non ${expected}`);
    }
    const ok = wrong.length === 0;
    return { day, ok, evidence: `jour ${day} : ${facts.join(', ')}`, wrong: ok ? undefined : `au jour ${day} ${boundary.from}, ${wrong.join(' et ')}` };
  } finally {
    await context.dispose();
  }
}
