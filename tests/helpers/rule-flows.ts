/**
 * The guide's rules, shown on a surface: each test replays a rule
 * flow (the page shows what the rule says), then forges the request the page
 * no longer offers and checks the server refuses it with the rule id.
 * Tags carry the rule ids, so the guide check can tie rules to passing tests.
 */
import { test, expect, ruleTags } from '../../fixtures/test';
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
  'regle-delai-vendeur-message': async (sim) => {
    const dispute = await sim.disputed();
    expect(dispute.messages.at(-1)?.text).toBe('Bonjour, avez-vous des nouvelles du colis ?');
    // The deadline is still the opening + 15 days: the message did not move it.
    expect(Date.parse(dispute.sellerDeadline) - Date.parse(dispute.openedAt)).toBe(15 * 86_400_000);
  },
};

/** Declares one test per rule flow of a surface (called by tests/web and tests/app). */
export function describeRuleFlows(surface: Surface): void {
  for (const flow of ruleFlows(surface)) {
    test(flow.title, { tag: ruleTags(...(flow.rules ?? [])) }, async ({ runFlow, sim }) => {
      await runFlow(flow);
      await afterFlow[baseId(flow)]?.(sim, surface === 'app' ? '/app' : '');
    });
  }
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
