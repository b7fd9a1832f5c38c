/**
 * The link-friendly way in for people (issue 14, item 6): a scenario's link on
 * /__sim opens a page that changes nothing; its button starts the session and
 * lands on the chosen surface. The page passes axe like every other page.
 */
import { test, expect } from '../../fixtures/test';
import { expectNoSeriousViolation } from '../helpers/a11y';

test('a scenario link shows the start page; its button starts the scenario on the website', async ({ page, sim }) => {
  await page.goto('/__sim');
  await page
    .getByRole('link', { name: /Ouvrir .* sur le site web/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /Commencer le scénario/ })).toBeVisible();
  await expectNoSeriousViolation(page);
  // Reading the page (and /__sim before it) created no session.
  expect((await page.context().cookies()).filter((c) => c.name === 'sim_session')).toEqual([]);
  const scenario = new URL(page.url()).searchParams.get('scenario');
  await page.getByRole('button', { name: 'Commencer sur le site web' }).click();
  await expect(page).toHaveURL(/\/$/);
  const started = (await page.context().cookies()).find((c) => c.name === 'sim_session')?.value;
  expect(started).toBeDefined();
  expect(await sim.state()).toMatchObject({ sessionId: started, scenario });
});

test('the app link lands on the app after the button', async ({ page }) => {
  await page.goto('/__sim/start?scenario=litige-resolu&surface=app');
  await page.getByRole('button', { name: "Commencer dans l'application" }).click();
  await expect(page).toHaveURL(/\/app$/);
});
