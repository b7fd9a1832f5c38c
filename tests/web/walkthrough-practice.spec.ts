/**
 * Practice mode: the person clicks. A stand-in person first clicks the wrong
 * place (the click is held back and explained: the page does not move), then
 * the right target at each step, and the flow completes.
 */
import { test, expect } from '../../fixtures/test';
import { annulerLitigeWeb } from '../../flows/annuler-litige-web';
import { locate } from '../../flows/locate';
import { runFlow } from '../../flows/runner';
import { preparePractice } from '../../commands/walkthrough/practice';

test('a wrong click is held back and explained; right clicks complete the flow', async ({ page, sim }) => {
  const mistakes: string[] = [];
  const act = await preparePractice(page, (info, label) => mistakes.push(`${info.step.id}: ${label}`));
  const person = async () => {
    for (const [index, step] of annulerLitigeWeb.steps.entries()) {
      if (!step.target) continue;
      const target = locate(page, step.target);
      await expect(target).toHaveAttribute('data-practice-target', '', { timeout: 15_000 });
      if (index === 0) {
        // A link away from the shop: followed, it would leave the flow on /__sim.
        await page.getByRole('link', { name: 'Simulateur' }).click();
        await expect.poll(() => mistakes.length).toBe(1);
        await expect(page.getByRole('heading', { name: 'Offres du jour' })).toBeVisible();
        expect(new URL(page.url()).pathname).toBe('/');
      }
      await target.click();
    }
  };
  await Promise.all([runFlow(annulerLitigeWeb, page, sim, { act }), person()]);
  expect(mistakes).toEqual(['compte: Simulateur']);
  expect((await sim.disputed()).status).toBe('cancelled');
});
