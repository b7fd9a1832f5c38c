/**
 * The flows catch a site whose label drifted from the guide: with « Annuler la
 * demande » renamed (LABEL_OVERRIDES test hook, this file's own simulator),
 * the step that quotes it fails, naming the step and its sentence.
 */
import { test, expect } from '../../fixtures/test';
import { annulerLitigeWeb } from '../../flows/annuler-litige-web';
import { FlowStepError, runFlow } from '../../flows/runner';
import { shortWaitAt } from '../helpers/timeouts';

test.use({ simSettings: { LABEL_OVERRIDES: { 'Annuler la demande': 'Annuler le litige' } } });

test('a renamed « Annuler la demande » fails the step that quotes it', async ({ page, sim }) => {
  const error = await runFlow(annulerLitigeWeb, page, sim, { stepTimeoutMs: shortWaitAt('annuler-la-demande') }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FlowStepError);
  expect((error as FlowStepError).info.step.id).toBe('annuler-la-demande');
  expect((error as FlowStepError).message).toContain('Étape 5/6 (site web)');
  expect((error as FlowStepError).message).toContain('« Annuler la demande »');
  await expect(page.getByRole('button', { name: 'Annuler le litige' })).toBeVisible();
  expect((await sim.disputed()).status).toBe('awaiting_seller');
});
