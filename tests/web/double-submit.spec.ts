/**
 * Double submit from a real browser: a double click, two tabs clicking at
 * once, and a stale form sent again later. The dispute is cancelled once,
 * and the person always lands on a clear French page (the confirmation, or
 * « déjà annulé » for the second request), never an error.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../../fixtures/test';
import { labels } from '../../flows/scenario-facts';

const DISPUTE = '/litiges/LT-5021934';

/** What a tab shows once its submit has been answered. */
async function outcome(page: Page): Promise<'cancelled' | 'refused'> {
  const flash = page.getByRole('status').filter({ hasText: labels.cancelled });
  const refusal = page.getByRole('heading', { name: 'Action impossible' });
  await expect(flash.or(refusal)).toBeVisible();
  return (await flash.count()) > 0 ? 'cancelled' : 'refused';
}

test('a double click on « Annuler la demande » cancels once; the page says so either way', async ({ page, sim }) => {
  const { now } = await sim.start('litige-en-attente');
  await page.goto(DISPUTE);
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  await page.getByRole('button', { name: labels.cancelRequest }).dblclick();
  // Chromium usually sends one POST, sometimes two: the second then lands on the clear refusal.
  const seen = await outcome(page);
  expect(posts.length === 1 || posts.length === 2, `${posts.length} POST`).toBe(true);
  if (seen === 'refused') {
    expect(posts).toHaveLength(2);
    await expect(page.getByText('déjà annulé', { exact: false })).toBeVisible();
  }
  expect(await sim.dispute('LT-5021934')).toMatchObject({ status: 'cancelled', cancelledAt: new Date(now).toISOString() });
});

test('two tabs cancel at the same moment: one cancels, the other is told it is already cancelled', async ({ page, context, sim }) => {
  const { now } = await sim.start('litige-en-attente');
  const other = await context.newPage();
  await Promise.all([page.goto(DISPUTE), other.goto(DISPUTE)]);
  const buttons = [page, other].map((p) => p.getByRole('button', { name: labels.cancelRequest }));
  await Promise.all(buttons.map((b) => b.click()));

  const outcomes = await Promise.all([outcome(page), outcome(other)]);
  expect(outcomes.toSorted()).toEqual(['cancelled', 'refused']);
  const refused = outcomes[0] === 'refused' ? page : other;
  await expect(refused.getByText('déjà annulé', { exact: false })).toBeVisible();
  await expect(refused.getByText('cancel.while-unresolved')).toBeVisible();
  expect(await sim.dispute('LT-5021934')).toMatchObject({ status: 'cancelled', cancelledAt: new Date(now).toISOString() });
});

test('a stale form sent again a day later is refused, and the first cancellation stands', async ({ page, context, sim }) => {
  const { now } = await sim.start('litige-en-attente');
  await page.goto(DISPUTE);
  const other = await context.newPage();
  await other.goto(DISPUTE);
  await other.getByRole('button', { name: labels.cancelRequest }).click();
  expect(await outcome(other)).toBe('cancelled');
  // A day later, so a second cancellation would leave a different date.
  await sim.advanceDays(1);

  await page.getByRole('button', { name: labels.cancelRequest }).click();
  expect(await outcome(page)).toBe('refused');
  await expect(page.getByRole('link', { name: 'Retour' })).toHaveAttribute('href', DISPUTE);
  expect(await sim.dispute('LT-5021934')).toMatchObject({ status: 'cancelled', cancelledAt: new Date(now).toISOString() });
});
