/**
 * The illustrated guide's builds: the unchanged site, a restyled « Annuler la
 * demande » button (STYLE_OVERRIDES, a simulator of its own), then the
 * pictures the restyle changed, from the unchanged site again.
 * - The first build has one picture per step, each in the folder and
 *   referenced by index.html and README.md; it becomes the reference (--update,
 *   so the test holds on any machine: the committed guide/illustrations/ is
 *   this machine's rendering).
 * - The restyled button is named at exactly the steps whose picture shows it,
 *   with a diff page; every other picture is byte for byte the first build's.
 * - The pictures it changed, built again from the unchanged site, are byte for
 *   byte the first build's too: with the previous point, every picture is
 *   shown deterministic, for less than half of a third full build's work
 *   (the main flows and four limit pictures, no rule flow).
 * - A build equal to the reference reports nothing, in well under a second.
 * Every build drives this worker's browser.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../../fixtures/test';
import { silentLogger } from '../../lib/logger';
import { mainFlows, ruleFlows } from '../../flows/index';
import { startLocalSimulator } from '../../harness/simulator';
import { buildGuide, type GuideBuildOptions, type GuideBuildResult } from '../../commands/guide-build/build';
import { describeChange } from '../../commands/guide-build/diff-page';
import { checkPictures } from '../../commands/guide-build/pictures';

const log = silentLogger();
// The cancel section's own button (a form's on the website, the dialog's opener in the app), by structure, not by class.
const GREEN_CANCEL_BUTTON =
  '[aria-labelledby="annulation-titre"] > form > button, [aria-labelledby="annulation-titre"] > button { background: #0a7d28 !important; color: #fff !important; }';
// One rule picture without the button (the dispute is cancelled by then), one that never had it.
const rules = ruleFlows('web', '2016').filter((f) => ['regle-vendeur-demande-annulation-web', 'regle-litige-resolu-web'].includes(f.id));

test('the illustrated guide: one picture per step, all referenced, identical from one build to the next; a restyled button is named at the steps that show it', async ({
  simulator,
  browser,
}) => {
  // Two builds of the two main flows, two rule flows and the limits, and a third of the main flows and two limits.
  test.setTimeout(180_000);
  expect(rules).toHaveLength(2);
  const reference = test.info().outputPath('reference');
  let builds = 0;
  const build = (url: string, only: Partial<GuideBuildOptions> = {}) =>
    buildGuide({ browser, log, outDir: test.info().outputPath(`build-${++builds}`), url, main: mainFlows, rules, ...only });
  let changedImages: string[] = [];

  const first = await build(simulator.url);
  await test.step('the first build: one picture per step, each in the folder and referenced; it becomes the reference', async () => {
    expect(first.ok).toBe(true);
    await expectEveryPictureReferenced(first);
    await checkPictures(first, { reference, update: true, failOnDiff: false }, log);
  });

  await test.step('a restyled button is named at the steps whose picture shows it, with the diff page; the other pictures are unchanged', async () => {
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
      changedImages = outcome.changes.map((c) => c.image);
      expect(changed.images).toEqual(first.images);
      await expectSameBytes(
        first,
        changed,
        first.images.filter((image) => !changedImages.includes(image)),
      );
    } finally {
      await restyled.close();
    }
  });

  await test.step('the pictures the restyle changed, from the unchanged site again: byte for byte the first build’s', async () => {
    // The main flows and the two limits whose pictures changed: the rest were just compared byte for byte.
    const again = await build(simulator.url, { rules: [], limits: ['seller.deadline', 'aliexpress.steps-in'] });
    expect(again.ok).toBe(true);
    expect(again.images.filter((image) => changedImages.includes(image))).toEqual(changedImages);
    await expectSameBytes(first, again, again.images);
  });

  await test.step('a build equal to the reference: nothing to report, in well under a second', async () => {
    const unchanged = await checkPictures(first, { reference, update: false, failOnDiff: false }, log);
    expect(unchanged.changes).toEqual([]);
    expect(await readFile(unchanged.diffPage ?? '', 'utf8')).toContain(`Les ${first.images.length} images sont identiques à la référence`);
    expect(unchanged.durationMs).toBeLessThan(1000);
  });
});

/** Each of `images` has the same bytes in both builds. */
async function expectSameBytes(a: GuideBuildResult, b: GuideBuildResult, images: string[]): Promise<void> {
  expect(images.length).toBeGreaterThan(0);
  for (const image of images) {
    const [left, right] = await Promise.all([readFile(join(a.htmlPath, '..', image)), readFile(join(b.htmlPath, '..', image))]);
    expect(left.equals(right), `${image} identical in both builds`).toBe(true);
  }
}

/** One picture per step, per rule flow and per limit day; each in the folder, and referenced by index.html and README.md. */
async function expectEveryPictureReferenced(result: GuideBuildResult): Promise<void> {
  const stepCount = mainFlows.reduce((n, f) => n + f.steps.length, 0);
  // Plus two pictures per time rule the guide states: the day before and the day after its limit.
  expect(result.images).toHaveLength(stepCount + rules.length + 4 * 2);
  expect(result.images.filter((i) => i.startsWith('limite-'))).toEqual([
    'limite-seller-deadline-jour-004.png',
    'limite-seller-deadline-jour-006.png',
    'limite-aliexpress-steps-in-jour-006.png',
    'limite-aliexpress-steps-in-jour-008.png',
    'limite-decision-appeal-jour-006.png',
    'limite-decision-appeal-jour-008.png',
    'limite-open-again-jour-014.png',
    'limite-open-again-jour-016.png',
  ]);
  const html = await readFile(result.htmlPath, 'utf8');
  const markdown = await readFile(result.markdownPath, 'utf8');
  const files = await readdir(join(result.htmlPath, '..'));
  for (const image of result.images) {
    expect(files).toContain(image);
    expect(html).toContain(`src="${image}"`);
    expect(markdown).toContain(`(${image})`);
  }
  expect(files.filter((f) => f.endsWith('.png'))).toHaveLength(result.images.length);
}
