/**
 * Against a simulator with a wrong label (« Annuler la demande » renamed via
 * the LABEL_OVERRIDES hook), the walkthrough exits 1 and names the step, its
 * guide sentence and what the page shows, with a screenshot.
 */
import { access } from 'node:fs/promises';
import { test, expect } from '../../fixtures/test';
import { silentLogger } from '../../lib/logger';
import { runWalkthroughCli } from '../../commands/walkthrough/main';
import { parseWalkthroughArgs } from '../../commands/walkthrough/options';
import { playWalkthrough } from '../../commands/walkthrough/play';
import { FAILING_RUN_STEP_TIMEOUT_MS } from '../helpers/timeouts';
import { annulerLitigeWeb } from '../../flows/annuler-litige-web';
import { loadGuideText } from '../../flows/guide-text';

const timeout = ['--timeout', String(FAILING_RUN_STEP_TIMEOUT_MS)];

test.use({ simSettings: { LABEL_OVERRIDES: { 'Annuler la demande': 'Annuler le litige' } } });
// Both tests mostly wait out the failing step: one after the other in one worker, the other worker keeps the CPU busy.
test.describe.configure({ mode: 'default' });

const cancelStep = annulerLitigeWeb.steps.find((s) => s.id === 'annuler-la-demande');
const guideSentence = cancelStep ? loadGuideText().sentenceOf(annulerLitigeWeb, cancelStep) : 'absente';

test('a renamed label fails the walkthrough at the step that quotes it', async ({ simulator, browser }) => {
  const outDir = test.info().outputPath('walkthrough');
  const options = parseWalkthroughArgs(['annuler-litige-web', '--url', simulator.url, '--headless', '--out', outDir, ...timeout]);
  const result = await playWalkthrough(options, { browser, log: silentLogger() });
  expect(result.ok).toBe(false);
  expect(result.steps.filter((s) => s.ok).map((s) => s.stepId)).toEqual(['compte', 'mes-commandes', 'details-commande', 'litige-en-cours']);
  const [failure] = result.failures;
  expect(failure?.stepId).toBe('annuler-la-demande');
  expect(failure?.message).toContain('Étape 5/6 (site web)');
  // The step's sentence as the guide writes it, read through its marker.
  expect(failure?.message).toContain(`« ${guideSentence} »`);
  expect(failure?.message).toContain('la page montre');
  expect(failure?.message).toContain('« Annuler le litige »');
  await access(failure?.screenshot ?? 'missing');
});

// The command as a person starts it: it launches and closes its own browser.
test('the command exits 1 when a step does not match', async ({ simulator }) => {
  const outDir = test.info().outputPath('walkthrough');
  expect(await runWalkthroughCli(['annuler-litige-web', '--url', simulator.url, '--headless', '--json', '--out', outDir, ...timeout])).toBe(
    1,
  );
});
