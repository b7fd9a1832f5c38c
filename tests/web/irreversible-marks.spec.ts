/**
 * The safe run trusts the flows' `irreversible` marks: a step that changes
 * something and is left unmarked would be played on a real account. Every
 * flow played in full through the fixtures' runFlow (the main flows, every
 * rule flow of both editions on both surfaces) is held to it: the page writes
 * exactly during its marked steps. Here, the proof that the check bites.
 */
import { test, expect } from '../../fixtures/test';
import { annulerLitigeWeb } from '../../flows/annuler-litige-web';
import type { Flow } from '../../flows/types';

test('a flow whose cancel step lost its mark fails: the page wrote during an unmarked step', async ({ runFlow }) => {
  const unmarked: Flow = { ...annulerLitigeWeb, steps: annulerLitigeWeb.steps.map((step) => ({ ...step, irreversible: undefined })) };
  await expect(runFlow(unmarked)).rejects.toThrow(/étapes qui écrivent/);
});

test('a flow that marks a step which writes nothing fails too', async ({ runFlow }) => {
  const overmarked: Flow = { ...annulerLitigeWeb, steps: annulerLitigeWeb.steps.map((step) => ({ ...step, irreversible: true })) };
  await expect(runFlow(overmarked)).rejects.toThrow(/étapes qui écrivent/);
});
