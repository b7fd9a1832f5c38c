/**
 * What `npm run guide:check` does once its options are parsed: runs the
 * check, writes the traceability table, prints the problems (French lines,
 * or one JSON document), the CI outputs, and answers the exit code.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { ExitCode } from '../../lib/cli';
import type { Options } from './args';
import { writeCiOutputs } from './ci-outputs';
import { exitCodeOf, formatProblem, formatWarnings, sortProblems, summary, toJson, traceabilityMarkdown } from './report';
import { runCheck } from './run-check';

export async function checkGuide(options: Options): Promise<ExitCode> {
  const started = Date.now();
  const run = await runCheck(options, (line) => console.error(line));
  const problems = sortProblems(run.problems);
  const link = relative(dirname(resolve(options.traceability)), resolve(options.guide));
  await mkdir(dirname(options.traceability), { recursive: true });
  await writeFile(options.traceability, traceabilityMarkdown(options.guide, link, run.rows, new Date()));
  const partial = run.partial ?? (options.onlyRules ? '--only-rules' : undefined);
  if (options.json) {
    console.log(
      toJson(options.guide, problems, run.rows, {
        warnings: run.warnings,
        partial: partial !== undefined,
        partialReason: partial,
        tests: run.tests,
        durationMs: Date.now() - started,
      }),
    );
  } else {
    for (const problem of problems) console.log(formatProblem(options.guide, problem));
    if (problems.length > 0) console.log('');
    // Warnings go to stderr: stdout keeps the problems, what a program or a reviewer acts on.
    for (const line of formatWarnings(options.guide, run.warnings)) console.error(line);
    console.log(summary(options.guide, problems, partial));
    console.log(`Traçabilité : ${options.traceability}`);
  }
  const print = options.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
  await writeCiOutputs({ options, problems, rows: run.rows, partial, durationMs: Date.now() - started, print });
  return exitCodeOf(problems);
}
