/**
 * guide:check in a simulated GitHub Actions run: on a drifted draft (a wrong
 * label, a wrong rule marker), one `::error file=…,line=…` per problem on its
 * line, a step summary appended, and valid JUnit XML with one failed case per
 * problem; on the real guide, no annotation and no failure.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { test, expect } from '../../fixtures/test';
import { annotation } from '../../commands/guide-check/github';
import { checkGuideHere, passedReport, runGuideCheck } from '../helpers/guide-check';
import { findAll, parseXml } from '../helpers/xml';

const GUIDE = 'guide/annuler-un-litige.md';
const WRONG_LABEL = 'Annuler "le" litige & co';
const ANNOTATION = /^::error file=([^,]*),line=(\d+),title=([^:]*)::(.*)$/;

/** The guide with one step's label and one rule marker wrong, and the lines they sit on (found by plain text search). */
function drift(): { markdown: string; labelLine: number; ruleLine: number } {
  const lines = readFileSync(GUIDE, 'utf8').split('\n');
  const labelLine = lines.findIndex((l) => l.includes('<!-- step: annuler-litige-web/annuler-la-demande -->'));
  const ruleLine = lines.findIndex((l) => l.includes('<!-- rule: seller.accepts -->'));
  expect(labelLine).toBeGreaterThan(0);
  expect(ruleLine).toBeGreaterThan(0);
  lines[labelLine] = (lines[labelLine] ?? '').replace('« Annuler la demande »', `« ${WRONG_LABEL} »`);
  lines[ruleLine] = (lines[ruleLine] ?? '').replace('rule: seller.accepts', 'rule: seller.accept');
  return { markdown: lines.join('\n'), labelLine: labelLine + 1, ruleLine: ruleLine + 1 };
}

/** The check's own problem lines for people: `FILE:LINE  subject : message`. */
function problemLines(stdout: string, file: string): { line: number; subject: string }[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`${file}:`))
    .map((l) => {
      const [, line = '', subject = ''] = /^[^\n]*?:(\d+) {2}(.*?) : /.exec(l.slice(file.length)) ?? [];
      return { line: Number(line), subject };
    });
}

test('annotations escape what GitHub reads as syntax', () => {
  const line = annotation('guide/brouillon, v2: final.md', {
    check: 'flows',
    line: 49,
    subject: 'Repère rule: a,b',
    sentence: 'Le délai : 15 jours\r\nau plus',
    message: '100 % faux',
  });
  expect(line).toBe(
    '::error file=guide/brouillon%2C v2%3A final.md,line=49,title=Repère rule%3A a%2Cb::Repère rule: a,b : 100 %25 faux%0ALe guide : Le délai : 15 jours%0D%0Aau plus',
  );
});

test('on a drifted guide under GitHub Actions: one annotation per problem, a step summary, valid JUnit', async ({ browser }) => {
  test.setTimeout(120_000);
  const { markdown, labelLine, ruleLine } = drift();
  // A comma in the path: the file property must escape it.
  const draft = test.info().outputPath('brouillon, v2.md');
  writeFileSync(draft, markdown);
  const file = relative(process.cwd(), draft);
  const summaryFile = test.info().outputPath('summary.md');
  writeFileSync(summaryFile, 'Étape précédente\n');
  const junit = test.info().outputPath('guide.junit.xml');
  // A run without a single test: the one rule checked has no proof, a third kind of problem.
  const results = test.info().outputPath('empty-report.json');
  writeFileSync(results, JSON.stringify({ suites: [] }));

  // In this process, GitHub's variables given as the settings the config would read from them.
  const run = await checkGuideHere(
    [
      '--guide',
      draft,
      '--results',
      results,
      '--only-rules',
      'resolved.final',
      '--junit',
      junit,
      '--traceability',
      test.info().outputPath('t.md'),
    ],
    { browser, settings: { GITHUB_ACTIONS: true, GITHUB_STEP_SUMMARY: summaryFile } },
  );
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(1);

  // People read the path as given; GitHub gets it from the repository's root.
  const problems = problemLines(run.stdout, draft);
  const annotations = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('::'))
    .map((l) => ANNOTATION.exec(l));
  expect(annotations.every(Boolean), run.stdout).toBe(true);
  expect(annotations.map((a) => ({ line: Number(a?.[2]), subject: decodeURIComponent(a?.[3] ?? '') }))).toEqual(problems);
  expect(new Set(annotations.map((a) => a?.[1]))).toEqual(new Set([file.replaceAll(',', '%2C')]));
  const lines = new Set(problems.map((p) => p.line));
  expect(lines.has(labelLine) && lines.has(ruleLine), run.stdout).toBe(true);
  expect(problems.length).toBeGreaterThanOrEqual(3);
  expect(annotations.some((a) => a?.[4]?.includes(`« ${WRONG_LABEL} »`) && a[4].includes('%0ALe guide : '))).toBe(true);

  const summary = readFileSync(summaryFile, 'utf8');
  expect(summary.startsWith('Étape précédente\n## Vérification du guide')).toBe(true);
  expect(summary).toContain(`✘ ${problems.length} problèmes dans ${file}`);
  for (const p of problems) expect(summary).toContain(`| ${file}:${p.line} | ${p.subject} |`);
  // Problems first, then the traceability table.
  expect(summary.indexOf('| Ligne | Étape ou règle | Problème')).toBeGreaterThan(0);
  expect(summary.indexOf('### Traçabilité du guide')).toBeGreaterThan(summary.indexOf('| Ligne | Étape ou règle | Problème'));

  const xml = parseXml(readFileSync(junit, 'utf8'));
  const cases = findAll(xml, 'testcase');
  const failed = cases.filter((c) => c.children.some((child) => child.name === 'failure'));
  expect(xml.name).toBe('testsuites');
  expect(Number(xml.attributes.tests)).toBe(cases.length);
  expect(Number(xml.attributes.failures)).toBe(failed.length);
  expect(Number(xml.attributes.skipped)).toBe(cases.filter((c) => c.children.some((child) => child.name === 'skipped')).length);
  expect(cases.length).toBeGreaterThanOrEqual(12);
  for (const p of problems) {
    expect(failed.some((c) => findAll(c, 'failure')[0]?.text.includes(`${file}:${p.line}  ${p.subject} : `))).toBe(true);
  }
  expect(
    failed.some((c) => c.attributes.line === String(labelLine) && (c.children[0]?.attributes.message ?? '').includes(WRONG_LABEL)),
  ).toBe(true);
});

test('on the real guide under GitHub Actions: no annotation, a clean summary, JUnit without failure', async () => {
  // The command with GitHub's variables, as the workflow runs it: after the suite, reading its report (--results).
  // A child test run is the drifted-site self test's (tests/guide/self-test.spec.ts).
  test.setTimeout(120_000);
  const summaryFile = test.info().outputPath('summary.md');
  const junit = test.info().outputPath('guide.junit.xml');
  const results = test.info().outputPath('resolved-final-passed.json');
  writeFileSync(results, JSON.stringify(passedReport('resolved.final', '2026')));
  const args = ['--only-rules', 'resolved.final', '--results', results, '--junit', junit, '--traceability', test.info().outputPath('t.md')];
  const run = await runGuideCheck(args, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  expect(`${run.stdout}\n${run.stderr}`).not.toContain('::error');
  const summary = readFileSync(summaryFile, 'utf8');
  expect(summary).toContain(`✔ ${GUIDE} concorde`);
  expect(summary).not.toContain('| Problème |');
  const xml = parseXml(readFileSync(junit, 'utf8'));
  expect(xml.attributes.failures).toBe('0');
  const ruleLine =
    readFileSync(GUIDE, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('<!-- rule: resolved.final -->')) + 1;
  expect(findAll(xml, 'testcase').map((c) => c.attributes.name)).toContain(`Règle resolved.final (ligne ${ruleLine})`);
});
