/**
 * What the check writes for CI besides its own report: under GitHub Actions
 * (GITHUB_ACTIONS=true) an annotation per problem and the step summary; with
 * `--junit FILE`, JUnit XML anywhere. main.ts calls this once, with the
 * problem list whatever it holds.
 */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { config } from '../../lib/config';
import type { Options } from './args';
import { annotation, stepSummary } from './github';
import { junitXml } from './junit';
import { summary, traceabilityMarkdown } from './report';
import type { Problem, TraceRow } from './types';

export interface CiRun {
  options: Options;
  /** Sorted, as the report shows them. */
  problems: readonly Problem[];
  rows: readonly TraceRow[];
  /** Why the check was partial, when it was. */
  partial?: string;
  durationMs: number;
  /** Where annotations go: stdout, unless it carries the --json document. */
  print: (line: string) => void;
}

export async function writeCiOutputs(run: CiRun, settings = config): Promise<void> {
  // GitHub pins an annotation to a path from the repository's root, which is where the workflow runs.
  const file = relative(process.cwd(), resolve(run.options.guide)).split(sep).join('/');
  if (settings.GITHUB_ACTIONS) {
    for (const problem of run.problems) run.print(annotation(file, problem));
    if (settings.GITHUB_STEP_SUMMARY) {
      const table = traceabilityMarkdown(file, file, run.rows, new Date());
      await appendFile(settings.GITHUB_STEP_SUMMARY, stepSummary(file, summary(file, run.problems, run.partial), run.problems, table));
    }
  }
  if (run.options.junit) {
    await mkdir(dirname(run.options.junit), { recursive: true });
    await writeFile(
      run.options.junit,
      junitXml({ file, problems: run.problems, rows: run.rows, durationMs: run.durationMs, timestamp: new Date() }),
    );
  }
}
