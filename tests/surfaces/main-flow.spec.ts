/** The guide's main procedure on this project's surface (web, or the app on two phones). */
import { test, expect } from '../../fixtures/test';
import { mainFlows } from '../../flows/index';
import { labels } from '../../flows/scenario-facts';

test('the site opens in French and shows « Compte »', async ({ page, sim, surface }) => {
  await sim.start('litige-en-attente');
  await page.goto(surface === 'app' ? '/app' : '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  const account =
    surface === 'app'
      ? page.getByRole('navigation', { name: 'Onglets' }).getByRole('link', { name: labels.account })
      : page.getByRole('button', { name: labels.account });
  await expect(account).toBeVisible();
});

test('cancelling a dispute follows the guide, step by step', async ({ runFlow, surface, sim }) => {
  const flow = mainFlows.find((f) => f.surface === surface);
  if (!flow) throw new Error(`no main flow for the ${surface} surface`);
  await runFlow(flow);
  const state = await sim.state();
  expect(state.disputes.map((d) => d.status)).toEqual(['cancelled']);
});
