/**
 * One text per step: a sentence edited in a copy of the guide shows up,
 * unchanged and with no other edit, in the walkthrough's terminal lines and
 * results and in the illustrated guide (HTML and Markdown), and a time rule's
 * boundary pictures follow the guide's own number.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import pino from 'pino';
import { silentLogger } from '../../lib/logger';
import { test, expect } from '../../fixtures/test';
import { annulerLitigeWeb } from '../../flows/annuler-litige-web';
import { RULES } from '../../mock-site/domain/rules';
import { buildGuide } from '../../commands/guide-build/build';
import { parseWalkthroughArgs } from '../../commands/walkthrough/options';
import { playWalkthrough } from '../../commands/walkthrough/play';

const real = readFileSync('guide/annuler-un-litige.md', 'utf8');
const EDITED = 'Tout en bas, un seul clic sur « Annuler la demande » suffit, sans confirmation : phrase réécrite pour l’essai.';

/** The real guide with step 5 of the website rewritten, in a temporary file. */
async function draftGuide(extra: (text: string) => string = (t) => t): Promise<string> {
  const line = real.split('\n').find((l) => l.includes('<!-- step: annuler-litige-web/annuler-la-demande -->')) ?? '';
  const file = test.info().outputPath('guide.md');
  await writeFile(file, extra(real.replace(line, `5. ${EDITED} <!-- step: annuler-litige-web/annuler-la-demande -->`)));
  return file;
}

test("an edited sentence is the walkthrough's caption and terminal line", async ({ simulator, browser }) => {
  const guide = await draftGuide();
  const lines: string[] = [];
  const log = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) }));
  const outDir = test.info().outputPath('walkthrough');
  const options = parseWalkthroughArgs(['annuler-litige-web', '--url', simulator.url, '--headless', '--out', outDir, '--guide', guide]);
  const result = await playWalkthrough(options, { browser, log });
  expect(result.ok).toBe(true);
  expect(result.steps.find((s) => s.stepId === 'annuler-la-demande')?.sentence).toBe(EDITED);
  expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toContain(`  Étape 5/6 — ${EDITED}`);
});

test('an edited sentence and number are what the illustrated guide shows', async ({ simulator, browser }) => {
  test.setTimeout(60_000);
  expect(real).toContain('au plus tard 15 jours');
  const guide = await draftGuide((text) => text.replace('au plus tard 15 jours', 'au plus tard 12 jours'));
  const outDir = test.info().outputPath('guide');
  const log = silentLogger();
  // Only what the two checks need: the website's flow and the limit pictures of the rule whose number changed.
  const result = await buildGuide({
    browser,
    log,
    outDir,
    url: simulator.url,
    main: [annulerLitigeWeb],
    rules: [],
    limits: [RULES.openAgain],
    guide,
  });
  expect(result.errors).toEqual([]);
  const html = await readFile(result.htmlPath, 'utf8');
  const markdown = await readFile(result.markdownPath, 'utf8');
  expect(html).toContain(`<p>${EDITED}</p>`);
  expect(markdown).toContain(`5. ${EDITED}`);
  // The boundary pictures sit at the guide's 12 days, not the site's 15: day 11 and day 13.
  expect(result.images.filter((i) => i.startsWith('limite-open-again'))).toEqual([
    'limite-open-again-jour-011.png',
    'limite-open-again-jour-013.png',
  ]);
  expect(html).toContain('<figcaption>Jour 11 : « Ouvrir un litige » est proposé</figcaption>');
  expect(html).toContain('<figcaption>Jour 13 : il ne l&#39;est plus</figcaption>');
});
