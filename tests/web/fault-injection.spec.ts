/**
 * An injected failure of « Annuler la demande »: the person sees a French
 * error page, the walkthrough a step failure naming the step, the dispute is
 * untouched, and once the one-shot fault is spent the same click works.
 */
import { test, expect } from '../../fixtures/test';
import { annulerLitigeWeb } from '../../flows/annuler-litige-web';
import { FlowStepError } from '../../flows/runner';
import { labels } from '../../flows/scenario-facts';
import { FAILING_STEP_TIMEOUT_MS, shortWaitAt } from '../helpers/timeouts';

test('a 503 on cancel fails the step « annuler-la-demande », changes nothing, and a retry works', async ({ runFlow, sim, page }) => {
  const error = await runFlow(annulerLitigeWeb, {
    stepTimeoutMs: shortWaitAt('annuler-la-demande'),
    // Armed once the session exists (runFlow seeds it), just before the click.
    beforeAction: async (info) => {
      if (info.step.id === 'annuler-la-demande') await sim.post('/__sim/faults', { failNext: { action: 'annuler', status: 503 } });
    },
  }).then(
    () => undefined,
    (e: unknown) => e,
  );

  expect(error).toBeInstanceOf(FlowStepError);
  const stepError = error as FlowStepError;
  expect(stepError.info.step.id).toBe('annuler-la-demande');
  expect(stepError.message).toContain('Étape 5/6 (site web)');
  expect(stepError.message).toContain(`le texte « ${labels.cancelled} » doit s'afficher`);
  // The step meant to fail waited its own short time, not the run's default.
  expect(stepError.message).toContain(`Timeout: ${FAILING_STEP_TIMEOUT_MS}ms`);

  await expect(page.getByRole('heading', { name: 'Service momentanément indisponible' })).toBeVisible();
  await expect(page.getByText("rien n'a été modifié, réessayez.", { exact: false })).toBeVisible();
  expect((await sim.disputed()).status).toBe('awaiting_seller');
  expect((await (await sim.api.get('/__sim/state')).json()).faults).toEqual({ latencyMs: 0 });

  await page.getByRole('link', { name: 'Retour' }).click();
  await page.getByRole('button', { name: labels.cancelRequest }).click();
  await expect(page.getByText(labels.cancelled)).toBeVisible();
  expect((await sim.disputed()).status).toBe('cancelled');
});
