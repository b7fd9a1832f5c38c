/**
 * guide:check gives its child test run only the spec files that can hold a
 * rule's test (found by reading the sources). A file left out would hide its
 * tests from the check, a failing one included: so a full listing of both
 * projects with the check's own grep (every rule id, each edition) must find
 * each edition's tests only in the files chosen for it. The finder itself is tried on a
 * small tree of its own: a tag written out, a tag computed through a helper,
 * another edition's tag, an import cycle.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from '../../fixtures/test';
import { editionNames } from '../../mock-site/domain/editions/index';
import { RULES } from '../../mock-site/domain/policy';
import { playwrightCli, ruleTestProjects } from '../../commands/guide-check/run-tests';
import { grepForRules } from '../../commands/guide-check/test-results';
import { projectRoot, ruleTestFiles } from '../../commands/guide-check/rule-test-files';

interface Spec {
  title: string;
  tags: string[];
}

interface Listing {
  config: { rootDir: string };
  suites: { file: string; specs?: Spec[]; suites?: Listing['suites'] }[];
}

/**
 * Every test of both projects that the check's grep selects for some edition
 * (all rule ids), with its spec file relative to the root: one listing of
 * every file, for all editions at once.
 */
async function listed(): Promise<{ file: string; title: string; tags: string[] }[]> {
  const grep = editionNames.map((edition) => `(?:${grepForRules(Object.values(RULES), edition)})`).join('|');
  const projects = ruleTestProjects.flatMap((project) => ['--project', project]);
  const args = [playwrightCli, 'test', '--list', '--reporter=json', ...projects, '--grep', grep];
  // The report goes to a file of this test's own: stdout may carry other lines, and a run that sets the variable must not be written over.
  const reportFile = test.info().outputPath('listing.json');
  // eslint-disable-next-line no-restricted-properties -- the child listing runs with this environment, but for where its report goes
  const env = { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile };
  await promisify(execFile)(process.execPath, args, { cwd: projectRoot, env });
  const listing = JSON.parse(readFileSync(reportFile, 'utf8')) as Listing;
  const specsOf = (suite: Listing['suites'][number]): Spec[] => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(specsOf)];
  return listing.suites.flatMap((suite) =>
    specsOf(suite).map((spec) => ({
      file: relative(projectRoot, join(listing.config.rootDir, suite.file)),
      title: spec.title,
      tags: spec.tags,
    })),
  );
}

test("every test the check's grep selects is in a file the finder chose for its edition", async () => {
  // Loading every spec file of both projects: seconds on a quiet machine, more beside a busy suite.
  test.setTimeout(120_000);
  const tests = await listed();
  for (const edition of editionNames) {
    const ofEdition = tests.filter((t) => t.tags.includes(`edition-${edition}`));
    expect(ofEdition.length, `the grep selects tests of edition ${edition}`).toBeGreaterThan(0);
    const chosen = ruleTestFiles(edition);
    expect(ofEdition.filter((t) => !chosen.includes(t.file)).map((t) => `${t.file} › ${t.title}`)).toEqual([]);
  }
  // Each test is checked against the edition its tags name; one selected by its title alone would escape that.
  expect(tests.filter((t) => !editionNames.some((edition) => t.tags.includes(`edition-${edition}`)))).toEqual([]);
});

test('the finder follows helpers of tests/, reads the edition in a written tag, and ends on an import cycle', () => {
  const root = test.info().outputPath('projet');
  // The samples spell the tag and the helper «@edition-» and «editionTag»: this file itself must not look tagged to the finder.
  const write = (file: string, text: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text.replaceAll('«@edition-»', '@edition-').replaceAll('«editionTag»', 'editionTag'));
  };
  write('tests/web/written.spec.ts', "test('a', { tag: ['@resolved.final', '«@edition-»2026'] }, () => {});");
  write('tests/web/older.spec.ts', "test('b', { tag: ['@resolved.final', '«@edition-»2016'] }, () => {});");
  write('tests/web/longer.spec.ts', "test('c', { tag: ['@resolved.final', '«@edition-»2026-bis'] }, () => {});");
  // Through two helpers, the second of which computes the tag.
  write('tests/web/helped.spec.ts', "import { declare } from '../helpers/declare';\ndeclare();");
  write('tests/helpers/declare.ts', "export { tagged as declare } from './tagging';");
  write('tests/helpers/tagging.ts', "export const tagged = () => test('d', { tag: [«editionTag»('2026')] }, () => {});");
  // The fixtures define the helper; importing them tags nothing.
  write('tests/web/fixtures-only.spec.ts', "import { «editionTag» } from '../../fixtures/test';\ntest('e', () => {});");
  write('fixtures/test.ts', 'export function «editionTag»(edition) { return `«@edition-»${edition}`; }');
  write('tests/web/cyclic.spec.ts', "import { a } from '../helpers/cycle-a';\na();");
  write('tests/helpers/cycle-a.ts', "import { b } from './cycle-b';\nexport const a = () => b();");
  write('tests/helpers/cycle-b.ts', "import { a } from './cycle-a';\nexport const b = () => a;");

  expect(ruleTestFiles('2026', root)).toEqual(['tests/web/helped.spec.ts', 'tests/web/written.spec.ts']);
  expect(ruleTestFiles('2016', root)).toEqual(['tests/web/helped.spec.ts', 'tests/web/older.spec.ts']);
});
