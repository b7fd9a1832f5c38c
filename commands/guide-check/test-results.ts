/**
 * The tests of this run, tied to rule ids: read from Playwright's JSON report
 * (an earlier run's, or one the check starts for the rule-tagged tests).
 * A test proves a rule through its tag (`@resolved.final`) or an annotation
 * `{ type: 'rule', description: 'resolved.final' }`.
 */
import { z } from 'zod';

export interface TestRecord {
  title: string;
  project: string;
  rules: string[];
  /** The last attempt's status: a retried test that ended green counts as passed. */
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  /** The first line of its first error, for the report. */
  error?: string;
}

const resultSchema = z.object({
  status: z.enum(['passed', 'failed', 'timedOut', 'skipped', 'interrupted']),
  errors: z.array(z.object({ message: z.string().optional() })).default([]),
});

const specSchema = z.object({
  title: z.string(),
  tags: z.array(z.string()).default([]),
  tests: z.array(
    z.object({
      projectName: z.string(),
      annotations: z.array(z.object({ type: z.string(), description: z.string().optional() })).default([]),
      results: z.array(resultSchema),
    }),
  ),
});

interface Suite {
  title: string;
  specs?: z.infer<typeof specSchema>[];
  suites?: Suite[];
}

const suiteSchema: z.ZodType<Suite> = z.lazy(() =>
  z.object({ title: z.string(), specs: z.array(specSchema).optional(), suites: z.array(suiteSchema).optional() }),
);

const reportSchema = z.object({
  suites: z.array(suiteSchema),
  stats: z.object({ startTime: z.string() }).optional(),
});

export interface Report {
  tests: TestRecord[];
  startTime?: string;
}

/** Parses a Playwright JSON report; throws with what is wrong when it is not one. */
export function readReport(json: unknown): Report {
  const report = reportSchema.parse(json);
  return { tests: report.suites.flatMap((suite) => testsOf(suite, [])), startTime: report.stats?.startTime };
}

/** The grep that selects the tests tagged with these rules, and nothing tagged with a longer id. */
export function grepForRules(ruleIds: readonly string[], edition?: string): string {
  const rules = `@(${ruleIds.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(\\s|$)`;
  return edition ? `^(?=.*@edition-${edition}(\\s|$)).*${rules}` : rules;
}

/** Whether a test proves rules of this edition: tagged `@edition-NAME`, or tagged with no edition at all. */
export function playsEdition(test: TestRecord, edition: string): boolean {
  const editions = test.rules.filter((tag) => tag.startsWith('edition-'));
  return editions.length === 0 || editions.includes(`edition-${edition}`);
}

function testsOf(suite: Suite, titles: string[]): TestRecord[] {
  const path = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
  const own = (suite.specs ?? []).flatMap((spec) =>
    spec.tests.map((test): TestRecord => {
      const last = test.results.at(-1);
      const fromTags = spec.tags.map((tag) => tag.replace(/^@/, ''));
      const fromAnnotations = test.annotations.filter((a) => a.type === 'rule' && a.description).map((a) => a.description ?? '');
      const error = summarizeError(last?.errors[0]?.message);
      return {
        title: [...path, spec.title].join(' › '),
        project: test.projectName,
        rules: [...new Set([...fromTags, ...fromAnnotations])],
        status: last?.status ?? 'skipped',
        ...(error ? { error } : {}),
      };
    }),
  );
  return [...own, ...(suite.suites ?? []).flatMap((child) => testsOf(child, path))];
}

/** The first line of an error, plus what was expected and received when the assertion says so. */
function summarizeError(message: string | undefined): string | undefined {
  const lines = stripAnsi(message ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (!lines[0]) return undefined;
  // `Error: expect(received).toBe(expected) // Object.is equality` → `expect(received).toBe(expected)`
  const first = lines[0].replace(/^\w*Error: /, '').replace(/ \/\/ .*$/, '');
  const expected = lines
    .find((l) => l.startsWith('Expected:'))
    ?.slice('Expected:'.length)
    .trim();
  const received = lines
    .find((l) => l.startsWith('Received:'))
    ?.slice('Received:'.length)
    .trim();
  return expected && received ? `${first} (attendu : ${expected}, reçu : ${received})` : first;
}

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex -- the escape character is exactly what is being removed
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}
