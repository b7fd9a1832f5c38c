/**
 * A slow network: every request (pages, stylesheet, control API) waits
 * 300 ms. The guide's flow still passes, because it waits on what the page
 * shows, never on a fixed delay.
 */
import { test, expect } from '../../fixtures/test';
import { annulerLitigeWeb } from '../../flows/annuler-litige-web';

const LATENCY_MS = 300;

test.use({ simSettings: { FAULT_LATENCY_MS: LATENCY_MS } });

test('the main web flow passes with 300 ms on every request', async ({ runFlow, sim, page }) => {
  await runFlow(annulerLitigeWeb);
  expect((await sim.disputed()).status).toBe('cancelled');
  // The latency was really there: a page load takes at least that long.
  const started = performance.now();
  await page.reload();
  expect(performance.now() - started).toBeGreaterThanOrEqual(LATENCY_MS);
});
