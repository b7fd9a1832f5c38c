/**
 * The guide check can fail: run with a simulator whose « Annuler la demande »
 * was renamed (LABEL_OVERRIDES) and whose resolved.final is no longer enforced
 * (RELAXED_RULES), it exits 1 and names the guide lines that became wrong.
 * Both hooks go through the environment, so the check's own simulator and the
 * rule tests it starts meet the same drifted site.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from '../../fixtures/test';
import { parseCommand, UsageError } from '../../lib/cli';
import { guideCheckCommand } from '../../commands/guide-check/args';
import { checkGuideHere, passedReport, runGuideCheck } from '../helpers/guide-check';
import { FAILING_RUN_STEP_TIMEOUT_MS } from '../helpers/timeouts';

const GUIDE = 'guide/annuler-un-litige.md';

/** The guide line holding a marker, found by plain text search (not by the parser under test). */
function lineOf(marker: string): number {
  const index = readFileSync(GUIDE, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(marker));
  if (index < 0) throw new Error(`${GUIDE} has no ${marker}`);
  return index + 1;
}

test('guide:check fails on a drifted site and names the guide lines now wrong', async () => {
  // A browser run of both flows plus a child test run: minutes on a loaded CI machine, never hours.
  test.setTimeout(180_000);
  // The renamed label never comes: its step waits the short time of a run meant to fail, not the default 5 s.
  const timeout = ['--timeout', String(FAILING_RUN_STEP_TIMEOUT_MS)];
  const { code, stdout, stderr } = await runGuideCheck(
    ['--only-rules', 'resolved.final', ...timeout, '--traceability', test.info().outputPath('traceability.md')],
    { LABEL_OVERRIDES: JSON.stringify({ 'Annuler la demande': 'Annuler le litige' }), RELAXED_RULES: 'resolved.final' },
  );
  expect(code, `${stdout}\n${stderr}`).toBe(1);
  const web = lineOf('<!-- step: annuler-litige-web/annuler-la-demande -->');
  const app = lineOf('<!-- step: annuler-litige-app/annuler-la-demande -->');
  const rule = lineOf('<!-- rule: resolved.final -->');
  const lines = stdout.split('\n');
  expect(lines).toContain(
    `${GUIDE}:${web}  Étape 5 (site web) : le guide cite « Annuler la demande », la page montre « Annuler le litige »`,
  );
  expect(lines).toContain(
    `${GUIDE}:${app}  Étape 5 (application) : le guide cite « Annuler la demande », la page montre « Annuler le litige »`,
  );
  expect(lines.filter((line) => line.startsWith(`${GUIDE}:${rule}  Règle resolved.final : le test `))).not.toEqual([]);
});

test('--timeout: how long each step of the site check may wait, within bounds', () => {
  const parse = (argv: string[]) => {
    const parsed = parseCommand(guideCheckCommand, argv);
    return parsed.help ? undefined : parsed.options.stepTimeoutMs;
  };
  expect(parse([])).toBeUndefined();
  expect(parse(['--timeout', '2500'])).toBe(2500);
  for (const bad of ['10', 'long', '2.5'])
    expect(() => parse(['--timeout', bad])).toThrow(new UsageError('--timeout : un nombre entier de 100 à 120000'));
});

test('guide:check refuses a bad option with exit 2 and its usage', async () => {
  const { code, stderr } = await runGuideCheck(['--no-such-option'], {});
  expect(code).toBe(2);
  expect(stderr).toContain('Utilisation : npm run guide:check');
});

test("guide:check exits 1 on a draft whose seller's days changed, at that line, in the guide's words", async ({ browser }) => {
  test.setTimeout(180_000);
  const draft = test.info().outputPath('brouillon.md');
  writeFileSync(draft, readFileSync(GUIDE, 'utf8').replace('Le vendeur a 5 jours', 'Le vendeur a 30 jours'));
  // The number is what is wrong, not the rule's tests: they are given as passed (--results, as CI gives the suite's
  // report), so the exit code 1 can only come from the number and its experiment.
  const results = test.info().outputPath('seller-deadline-passed.json');
  writeFileSync(results, JSON.stringify(passedReport('seller.deadline', '2026')));
  const { code, stdout, stderr } = await checkGuideHere(
    [
      '--guide',
      draft,
      '--only-rules',
      'seller.deadline',
      '--results',
      results,
      '--traceability',
      test.info().outputPath('traceability.md'),
    ],
    { browser },
  );
  expect(code, `${stdout}\n${stderr}`).toBe(1);
  const line = lineOf('<!-- rule: seller.deadline -->');
  expect(stdout.split('\n')).toContain(
    `${draft}:${line}  « 30 jours » : le site laisse 5 jours au vendeur pour répondre (seller.deadline)`,
  );
  expect(stdout.split('\n').filter((l) => l.includes('Règle seller.deadline'))).toEqual([]);
  const table = readFileSync(test.info().outputPath('traceability.md'), 'utf8');
  expect(table).toContain('jour 29 : statut resolved');
});
