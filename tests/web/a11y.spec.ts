/** The axe check itself can fail: a page with a known critical violation does not pass it. */
import { test, expect } from '../../fixtures/test';
import { expectNoSeriousViolation } from '../helpers/a11y';

test('axe: an image without a text alternative is reported', async ({ page, sim }) => {
  await sim.start('litige-en-attente');
  await page.goto('/litiges/LT-5021934');
  await expectNoSeriousViolation(page);
  await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('afterbegin', '<img src="data:,">'));
  await expect(expectNoSeriousViolation(page)).rejects.toThrow(/critical image-alt/);
});
