/**
 * Visual drift of the illustrated guide: a restyled « Annuler la demande »
 * button (STYLE_OVERRIDES, a simulator of its own) is named at exactly the
 * steps whose picture shows it, with a diff page; the unchanged site reports
 * nothing, and the comparison adds well under a second to the build. The
 * reference is made here by --update from this machine's own build, so the
 * test holds on any machine (the committed guide/illustrations/ is this
 * machine's rendering).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../../fixtures/test';
import { createLogger } from '../../lib/logger';
import { mainFlows, ruleFlows } from '../../flows/index';
import { findChromium } from '../../harness/browser';

import { startLocalSimulator } from '../../harness/simulator';
import { buildGuide } from '../../commands/guide-build/build';
import { describeChange } from '../../commands/guide-build/diff-page';
import { checkPictures } from '../../commands/guide-build/pictures';

const executablePath = findChromium()?.path ?? '';
const log = createLogger('json').child({}, { level: 'silent' });
// The cancel section's own button (a form's on the website, the dialog's opener in the app), by structure, not by class.
const GREEN_CANCEL_BUTTON =
  '[aria-labelledby="annulation-titre"] > form > button, [aria-labelledby="annulation-titre"] > button { background: #0a7d28 !important; color: #fff !important; }';
// One rule picture without the button (the dispute is cancelled by then), one that never had it.
const rules = ruleFlows('web', '2016').filter((f) => ['regle-vendeur-demande-annulation-web', 'regle-litige-resolu-web'].includes(f.id));

test('a restyled button is named at the steps that show it; the unchanged site reports nothing', async ({ simulator }) => {
  // Three builds of the two main flows and two rule flows, each in its own browser.
  test.setTimeout(180_000);
  expect(rules).toHaveLength(2);
  const reference = test.info().outputPath('reference');
  let builds = 0;
  const build = (url: string) =>
    buildGuide({ executablePath, log, outDir: test.info().outputPath(`build-${++builds}`), url, main: mainFlows, rules });

  const first = await build(simulator.url);
  expect(first.ok).toBe(true);
  await checkPictures(first, { reference, update: true, failOnDiff: false }, log);

  const restyled = await startLocalSimulator({ settings: { STYLE_OVERRIDES: GREEN_CANCEL_BUTTON }, logger: log });
  try {
    const changed = await build(restyled.url);
    const outcome = await checkPictures(changed, { reference, update: false, failOnDiff: false }, log);
    // Web: the step that frames the button. App: that step and the next, where the dialog opens over it.
    expect(outcome.changes.map((c) => [c.image, c.kind])).toEqual([
      ['annuler-litige-web-05-annuler-la-demande.png', 'changed'],
      ['annuler-litige-app-05-annuler-la-demande.png', 'changed'],
      ['annuler-litige-app-06-confirmer.png', 'changed'],
      // The limits' pictures of a dispute still open show the button too; a refunded one (day 6) does not.
      ['limite-seller-deadline-jour-004.png', 'changed'],
      ['limite-aliexpress-steps-in-jour-006.png', 'changed'],
      ['limite-aliexpress-steps-in-jour-008.png', 'changed'],
    ]);
    for (const change of outcome.changes) {
      expect(change.share).toBeGreaterThan(0.001);
      expect(change.share).toBeLessThan(0.2);
    }
    const page = await readFile(outcome.diffPage ?? '', 'utf8');
    for (const change of outcome.changes) {
      expect(page).toContain(describeChange(change));
      for (const picture of [change.image, change.referenceCopy, change.diffImage]) {
        expect(page).toContain(`src="${picture}"`);
        expect((await stat(join(changed.htmlPath, '..', picture ?? '-'))).size).toBeGreaterThan(0);
      }
    }
  } finally {
    await restyled.close();
  }

  const again = await build(simulator.url);
  const unchanged = await checkPictures(again, { reference, update: false, failOnDiff: false }, log);
  expect(unchanged.changes).toEqual([]);
  expect(await readFile(unchanged.diffPage ?? '', 'utf8')).toContain(`Les ${again.images.length} images sont identiques à la référence`);
  expect(unchanged.durationMs).toBeLessThan(1000);
});
