/**
 * Enforcement lives on the server: with resolved.final relaxed (RELAXED_RULES
 * test hook, this file's own simulator), the forged cancel that
 * refusals.spec.ts sees refused goes through. Proves that test can fail.
 */
import { test, expect } from '../../fixtures/test';

test.use({ simSettings: { RELAXED_RULES: ['resolved.final'] } });

test('with resolved.final relaxed, a forged cancel of a resolved dispute goes through', async ({ api }) => {
  await api.start('litige-resolu');
  const dispute = await api.disputed();
  const answer = await api.post(`/litiges/${dispute.id}/annuler`);
  expect(answer.status).toBe(200);
  expect((await api.disputed()).status).toBe('cancelled');
});
