/**
 * Where the rule tests' results come from: an earlier run's Playwright JSON
 * report (--results, what CI gives), or the check's own child test run of the
 * rule-tagged tests. Both say on stderr what they read or ran.
 */
import { readFile } from 'node:fs/promises';
import { UsageError } from './args';
import { runRuleTests } from './run-tests';
import { readReport, type Report } from './test-results';

/** Where the test results came from, for the report. */
export type TestsOrigin = { source: 'run'; command: string } | { source: 'file'; file: string; startTime?: string };

export interface TestsSource {
  report: Report;
  source: TestsOrigin;
}

export async function readResults(file: string, progress: (line: string) => void): Promise<TestsSource> {
  let report: Report;
  try {
    report = readReport(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new UsageError(
      `--results : ${file} n'est pas un rapport JSON de Playwright lisible (${(error as Error).message.split('\n')[0]})`,
    );
  }
  progress(`Tests : rapport ${file} (exécution du ${report.startTime ?? '?'}), ${count(report.tests.length, 'test')}.`);
  return { report, source: { source: 'file', file, startTime: report.startTime } };
}

/** `signal` stops the child run, when the check fails before its end. */
export async function runTests(
  ruleIds: readonly string[],
  edition: string,
  progress: (line: string) => void,
  signal?: AbortSignal,
): Promise<TestsSource> {
  if (ruleIds.length === 0) return { report: { tests: [] }, source: { source: 'run', command: '(aucune règle à tester)' } };
  const started = Date.now();
  const run = await runRuleTests(ruleIds, edition, signal);
  progress(`Tests : ${run.command} → ${count(run.report.tests.length, 'test')} (${seconds(started)}).`);
  if (run.artefacts) {
    progress(`Captures des tests en échec : ${run.artefacts}.`);
    progress(`Pour leurs traces, relancez-les : ${run.traceCommand} (puis npx playwright show-trace test-results/…/trace.zip).`);
  }
  return { report: run.report, source: { source: 'run', command: run.command } };
}

/** Seconds since a `Date.now()`, as the progress lines say them (« 1,5 s »). */
export function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1).replace('.', ',')} s`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n > 1 ? 's' : ''}`;
}
