/**
 * The walkthrough replays a flow headless and reports every step; the guide
 * build photographs every step and references each picture. Both drive this
 * worker's simulator through --url, with their own browser.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../../fixtures/test';
import { createLogger } from '../../lib/logger';
import { mainFlows, ruleFlows } from '../../flows/index';
import { findChromium } from '../../harness/browser';
import { buildGuide } from '../../commands/guide-build/build';
import { parseWalkthroughArgs } from '../../commands/walkthrough/options';
import { playWalkthrough } from '../../commands/walkthrough/play';

const executablePath = findChromium()?.path ?? '';
const log = createLogger('json').child({}, { level: 'silent' });

test('the walkthrough plays both main flows and reports each step as matched', async ({ simulator }) => {
  test.setTimeout(60_000);
  const outDir = await mkdtemp(join(tmpdir(), 'walkthrough-'));
  const options = parseWalkthroughArgs(['--url', simulator.url, '--headless', '--out', outDir]);
  const result = await playWalkthrough(options, { executablePath, log });
  expect(result.failures).toEqual([]);
  expect(result.ok).toBe(true);
  expect(result.steps.map((s) => `${s.flowId}/${s.stepId}`)).toEqual(mainFlows.flatMap((f) => f.steps.map((s) => `${f.id}/${s.id}`)));
  expect(result.steps.every((s) => s.ok)).toBe(true);
});

test('the illustrated guide has one picture per step, all referenced, identical from one build to the next', async ({ simulator }) => {
  // Two whole builds, each replaying four flows in its own browser.
  test.setTimeout(120_000);
  const build = async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'guide-'));
    const result = await buildGuide({ executablePath, log, outDir, url: simulator.url, main: mainFlows, rules: ruleFlows('web', '2016').slice(0, 2) });
    return { outDir, result };
  };
  const first = await build();
  expect(first.result.ok).toBe(true);
  const stepCount = mainFlows.reduce((n, f) => n + f.steps.length, 0);
  // Plus two pictures per time rule the guide states: the day before and the day after its limit.
  expect(first.result.images).toHaveLength(stepCount + 2 + 4 * 2);
  expect(first.result.images.filter((i) => i.startsWith('limite-'))).toEqual([
    'limite-seller-deadline-jour-004.png',
    'limite-seller-deadline-jour-006.png',
    'limite-aliexpress-steps-in-jour-006.png',
    'limite-aliexpress-steps-in-jour-008.png',
    'limite-decision-appeal-jour-006.png',
    'limite-decision-appeal-jour-008.png',
    'limite-open-again-jour-014.png',
    'limite-open-again-jour-016.png',
  ]);
  const html = await readFile(first.result.htmlPath, 'utf8');
  const markdown = await readFile(first.result.markdownPath, 'utf8');
  const files = await readdir(first.outDir);
  for (const image of first.result.images) {
    expect(files).toContain(image);
    expect(html).toContain(`src="${image}"`);
    expect(markdown).toContain(`(${image})`);
  }
  expect(files.filter((f) => f.endsWith('.png'))).toHaveLength(first.result.images.length);

  const second = await build();
  for (const image of first.result.images) {
    const [a, b] = await Promise.all([readFile(join(first.outDir, image)), readFile(join(second.outDir, image))]);
    expect(a.equals(b), `${image} identical in both builds`).toBe(true);
  }
});
