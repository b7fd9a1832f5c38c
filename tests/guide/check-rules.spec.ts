/**
 * Rules ↔ tests on a Playwright JSON report written here: tags and
 * annotations tie tests to rules, and a rule is proven only by a test that
 * passed, with none failing.
 */
import { test, expect } from '../../fixtures/test';
import { checkRules } from '../../commands/guide-check/check-rules';
import type { RuleLink } from '../../commands/guide-check/check-flows';
import { grepForRules, readReport } from '../../commands/guide-check/test-results';

type Status = 'passed' | 'failed' | 'skipped';

/** A report shaped like Playwright's: one file suite, one spec per test. */
function report(specs: { title: string; tags?: string[]; rule?: string; status: Status; error?: string }[]) {
  return {
    config: {},
    stats: { startTime: '2026-03-16T09:00:00.000Z' },
    suites: [
      {
        title: 'web/rules.spec.ts',
        specs: specs.map((spec) => ({
          title: spec.title,
          tags: spec.tags ?? [],
          tests: [
            {
              projectName: 'web',
              annotations: spec.rule ? [{ type: 'rule', description: spec.rule }] : [],
              results: [
                { status: spec.status, errors: spec.error ? [{ message: `Error: ${spec.error}\n\nExpected: 409\nReceived: 200` }] : [] },
              ],
            },
          ],
        })),
      },
    ],
  };
}

const ruleLink = (ruleId: string, line: number): RuleLink => ({
  item: { line, sentence: `La règle ${ruleId}.`, segments: [], markers: [{ kind: 'rule', ruleId, line }], quotes: [] },
  ruleId,
  flows: [],
});

test('tags and annotations both tie a test to its rules', () => {
  const { tests, startTime } = readReport(
    report([
      { title: 'tagged', tags: ['resolved.final'], status: 'passed' },
      { title: 'annotated', rule: 'reopen.window', status: 'failed', error: 'expect(received).toBe(expected)' },
    ]),
  );
  expect(startTime).toBe('2026-03-16T09:00:00.000Z');
  expect(tests).toEqual([
    { title: 'tagged', project: 'web', rules: ['resolved.final'], status: 'passed' },
    {
      title: 'annotated',
      project: 'web',
      rules: ['reopen.window'],
      status: 'failed',
      error: 'expect(received).toBe(expected) (attendu : 409, reçu : 200)',
    },
  ]);
});

test('a rule with a passing test and no failing one is proven', () => {
  const { tests } = readReport(report([{ title: 'ok', tags: ['resolved.final'], status: 'passed' }]));
  const { problems, rows } = checkRules([ruleLink('resolved.final', 12)], tests);
  expect(problems).toEqual([]);
  expect(rows.map((r) => [r.line, r.result])).toEqual([[12, 'ok']]);
});

test('a failing test is reported at the rule line even beside a passing one', () => {
  const { tests } = readReport(
    report([
      { title: 'dans le délai', tags: ['reopen.window'], status: 'passed' },
      { title: 'trop tard', tags: ['reopen.window'], status: 'failed', error: 'expect(received).toBe(expected)' },
    ]),
  );
  const { problems, rows } = checkRules([ruleLink('reopen.window', 40)], tests);
  expect(problems.map((p) => [p.line, p.subject, p.message])).toEqual([
    [40, 'Règle reopen.window', 'le test « trop tard » [web] échoue : expect(received).toBe(expected) (attendu : 409, reçu : 200)'],
  ]);
  expect(rows[0]?.result).toBe('échec');
});

test('a rule no test of the run carries, or only skipped ones, is listed', () => {
  const { tests } = readReport(
    report([
      { title: 'autre règle', tags: ['resolved.final'], status: 'passed' },
      { title: 'ignoré', tags: ['seller.deadline'], status: 'skipped' },
    ]),
  );
  const { problems } = checkRules([ruleLink('seller.accepts', 7), ruleLink('seller.deadline', 9)], tests);
  expect(problems.map((p) => [p.line, p.message])).toEqual([
    [7, "aucun test de cette exécution ne porte l'étiquette @seller.accepts"],
    [9, expect.stringContaining("n'ont pas tourné")],
  ]);
});

test('--only-rules leaves the other rules unchecked, not failed', () => {
  const { problems, rows } = checkRules([ruleLink('seller.accepts', 7), ruleLink('resolved.final', 9)], [], ['resolved.final']);
  expect(problems.map((p) => p.line)).toEqual([9]);
  expect(rows.map((r) => r.result)).toEqual(['non vérifié', 'échec']);
});

test('the grep selects each rule tag exactly, not a longer id sharing its start', () => {
  const grep = new RegExp(grepForRules(['seller.accepts', 'reopen.window']));
  expect(grep.test('Le vendeur accepte @seller.accepts')).toBe(true);
  expect(grep.test('Rouvrir @reopen.window @autre')).toBe(true);
  expect(grep.test('Variante @seller.accepts-partiel')).toBe(false);
  expect(grep.test('Sans point @sellerXaccepts')).toBe(false);
});
