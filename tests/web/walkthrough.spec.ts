/**
 * The walkthrough replays both main flows headless and reports every step,
 * on this worker's simulator through --url, in this worker's browser (the
 * command's own launch: walkthrough-broken.spec.ts). (The
 * illustrated guide's pictures, their references and their determinism:
 * guide-visual-diff.spec.ts.)
 */
import { test, expect } from '../../fixtures/test';
import { silentLogger } from '../../lib/logger';
import { mainFlows } from '../../flows/index';
import { parseWalkthroughArgs } from '../../commands/walkthrough/options';
import { playWalkthrough } from '../../commands/walkthrough/play';

const log = silentLogger();

test('the walkthrough plays both main flows and reports each step as matched', async ({ simulator, browser }) => {
  test.setTimeout(60_000);
  const outDir = test.info().outputPath('walkthrough');
  const options = parseWalkthroughArgs(['--url', simulator.url, '--headless', '--out', outDir]);
  const result = await playWalkthrough(options, { browser, log });
  expect(result.failures).toEqual([]);
  expect(result.ok).toBe(true);
  expect(result.steps.map((s) => `${s.flowId}/${s.stepId}`)).toEqual(mainFlows.flatMap((f) => f.steps.map((s) => `${f.id}/${s.id}`)));
  expect(result.steps.every((s) => s.ok)).toBe(true);
});
