/**
 * The guide's rules, shown on a surface: each test replays a rule
 * flow (the page shows what the rule says), then forges the request the page
 * no longer offers and checks the server refuses it with the rule id.
 * Tags carry the rule ids, so the guide check can tie rules to passing tests.
 */
import { test, expect, editionTag, ruleTags } from '../../fixtures/test';
import type { EditionName } from '../../mock-site/domain/editions/index';
import type { RuleId } from '../../mock-site/domain/policy';
import type { SimClient } from '../../harness/sim-client';
import { ruleFlows } from '../../flows/index';
import type { Flow, Surface } from '../../flows/types';

/** Rule-specific checks after each flow, by flow id without its surface suffix. */
const afterFlow: Record<string, (sim: SimClient, base: string) => Promise<void>> = {
  'regle-litige-resolu': async (sim, base) => {
    const before = await sim.disputed();
    await expectRefused(sim.post(`${base}/litiges/${before.id}/annuler`), 'resolved.final');
    await expectRefused(
      sim.post(`${base}/commandes/${before.orderId}/litiges`, { problem: before.problem, reason: 'Encore', amount: 5 }),
      'resolved.final',
    );
    expect(await sim.disputed()).toEqual(before);
  },
  'regle-vendeur-accepte': async (sim, base) => {
    const before = await sim.disputed();
    await expectRefused(sim.post(`${base}/litiges/${before.id}/annuler`), 'resolved.final');
    expect(await sim.disputed()).toEqual(before);
  },
  'regle-vendeur-refuse': async (sim) => {
    expect((await sim.disputed()).evidence?.attachments).toEqual(['carton-ouvert.jpg', 'bordereau.pdf']);
  },
  'regle-reouverture-expiree-livraison': expectReopenRefused,
  'regle-reouverture-expiree-protection': expectReopenRefused,
  ...todayChecks(),
  'regle-delai-vendeur-message': async (sim) => {
    const dispute = await sim.disputed();
    expect(dispute.messages.at(-1)?.text).toBe('Bonjour, avez-vous des nouvelles du colis ?');
    // The deadline is still the opening + 15 days: the message did not move it.
    expect(Date.parse(dispute.sellerDeadline) - Date.parse(dispute.openedAt)).toBe(15 * 86_400_000);
  },
};

/** Declares one test per rule flow of an edition on a surface (called by tests/web and tests/app). */
export function describeRuleFlows(surface: Surface, edition: EditionName): void {
  for (const flow of ruleFlows(surface, edition)) {
    test(flow.title, { tag: [...ruleTags(...(flow.rules ?? [])), editionTag(flow.edition ?? edition)] }, async ({ runFlow, sim }) => {
      await runFlow(flow);
      await afterFlow[baseId(flow)]?.(sim, surface === 'app' ? '/app' : '');
    });
  }
}

/** Today's rules (2026): what the server refuses once the page no longer offers it, state unchanged. */
function todayChecks(): Record<string, (sim: SimClient, base: string) => Promise<void>> {
  return {
    'regle-proposition-accepter': async (sim, base) => {
      const before = await sim.disputed();
      expect(before.resolution).toMatchObject({ by: 'agreement', refundCents: 690 });
      await expectRefused(sim.post(`${base}/litiges/${before.id}/refuser`), 'resolved.final');
      await expectRefused(sim.post(`${base}/litiges/${before.id}/annuler`), 'resolved.final');
      expect(await sim.disputed()).toEqual(before);
    },
    'regle-proposition-refuser': async (sim, base) => {
      const before = await sim.disputed();
      await expectRefused(sim.post(`${base}/litiges/${before.id}/accepter`), 'seller.proposal');
      expect(await sim.disputed()).toEqual(before);
    },
    'regle-remboursement-automatique': async (sim, base) => {
      const before = await sim.disputed();
      expect(before.resolution).toMatchObject({ by: 'automatic', outcome: 'buyer', refundCents: before.requestedRefundCents });
      await expectRefused(sim.post(`${base}/litiges/${before.id}/annuler`), 'resolved.final');
      expect(await sim.disputed()).toEqual(before);
    },
    'regle-preuves-a-toute-etape': async (sim) => {
      expect((await sim.disputed()).evidence?.description).toBe('Capture du suivi : aucun mouvement depuis le 20 février.');
    },
    'regle-appel': async (sim, base) => {
      const before = await sim.disputed();
      expect(before.appealedAt).toEqual(expect.any(String));
      // One appeal only: a second one is refused.
      await expectRefused(sim.post(`${base}/litiges/${before.id}/appel`), 'decision.appeal');
      expect(await sim.disputed()).toEqual(before);
    },
    'regle-appel-expire': async (sim, base) => {
      const before = await sim.disputed();
      await expectRefused(sim.post(`${base}/litiges/${before.id}/appel`), 'decision.appeal');
      // resolved.final today: the decision stands, a forged cancel changes nothing.
      await expectRefused(sim.post(`${base}/litiges/${before.id}/annuler`), 'resolved.final');
      expect(await sim.disputed()).toEqual(before);
    },
    'regle-litige-par-article': async (sim, base) => {
      const { orderId } = await sim.disputed();
      const open = (item: number) => sim.post(`${base}/commandes/${orderId}/litiges`, { problem: 'endommage', reason: 'Abîmé', amount: 2, item });
      await expectRefused(open(1), 'dispute.single-active');
      expect((await open(0)).status).toBe(200);
      const lines = (await sim.state()).disputes.filter((d) => d.orderId === orderId).map((d) => [d.item, d.status]);
      expect(lines).toEqual([
        [1, 'awaiting_seller'],
        [0, 'awaiting_seller'],
      ]);
    },
    'regle-promesse-paypal-2016': (sim, base) => expectPromiseLost(sim, base, 'reopen.window', 'reopen.window'),
    'regle-promesse-paypal-2026': (sim, base) => expectPromiseLost(sim, base, 'open.again', 'open.during-protection'),
  };
}

/**
 * The PayPal promise's consequence: cancelled on the promise, then the window
 * passes (120 days: past any protection and reopen window). The buyer can
 * neither reopen nor open again, and no refund ever came.
 */
async function expectPromiseLost(sim: SimClient, base: string, reopenRule: RuleId, openRule: RuleId): Promise<void> {
  await sim.advanceDays(120);
  const before = await sim.disputed();
  await expectRefused(sim.post(`${base}/litiges/${before.id}/rouvrir`), reopenRule);
  await expectRefused(
    sim.post(`${base}/commandes/${before.orderId}/litiges`, { problem: before.problem, reason: 'Jamais remboursé', amount: 5 }),
    openRule,
  );
  const after = await sim.disputed();
  expect(after).toEqual(before);
  expect(after.status).toBe('cancelled');
  expect(after.resolution).toBeUndefined();
}

async function expectReopenRefused(sim: SimClient, base: string): Promise<void> {
  const before = await sim.disputed();
  await expectRefused(sim.post(`${base}/litiges/${before.id}/rouvrir`), 'reopen.window');
  expect(await sim.disputed()).toEqual(before);
}

async function expectRefused(answer: ReturnType<SimClient['post']>, rule: RuleId): Promise<void> {
  const { status, body } = await answer;
  expect(status).toBe(409);
  expect(body).toMatchObject({ code: 'policy.refused', rule, message: expect.any(String) });
}

function baseId(flow: Flow): string {
  return flow.id.replace(/-(web|app)$/, '');
}
