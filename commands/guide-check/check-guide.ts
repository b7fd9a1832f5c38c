/**
 * What `npm run guide:check` does once its options are parsed: runs the
 * check, writes the traceability table, prints the problems (French lines,
 * or one JSON document), the CI outputs, and answers the exit code.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { processOutput, type CommandOutput, type ExitCode } from '../../lib/cli';
import type { Options } from './args';
import { writeCiOutputs } from './ci-outputs';
import { exitCodeOf, formatProblem, formatWarnings, sortProblems, summary, toJson, traceabilityMarkdown } from './report';
import { runCheck, type CheckDeps } from './run-check';

export interface GuideCheckDeps extends CheckDeps {
  /** Where the report and the progress go: the process's stdout and stderr by default. */
  output?: CommandOutput;
}

export async function checkGuide(options: Options, deps: GuideCheckDeps = {}): Promise<ExitCode> {
  const started = Date.now();
  const output = deps.output ?? processOutput;
  const log = (line: string) => output.out(`${line}\n`);
  const error = (line: string) => output.err(`${line}\n`);
  const run = await runCheck(options, error, deps);
  const problems = sortProblems(run.problems);
  const link = relative(dirname(resolve(options.traceability)), resolve(options.guide));
  await mkdir(dirname(options.traceability), { recursive: true });
  await writeFile(options.traceability, traceabilityMarkdown(options.guide, link, run.rows, new Date()));
  const partial = run.partial ?? (options.onlyRules ? '--only-rules' : undefined);
  if (options.json) {
    log(
      toJson(options.guide, problems, run.rows, {
        warnings: run.warnings,
        partial: partial !== undefined,
        partialReason: partial,
        tests: run.tests,
        durationMs: Date.now() - started,
      }),
    );
  } else {
    for (const problem of problems) log(formatProblem(options.guide, problem));
    if (problems.length > 0) log('');
    // Warnings go to stderr: stdout keeps the problems, what a program or a reviewer acts on.
    for (const line of formatWarnings(options.guide, run.warnings)) error(line);
    log(summary(options.guide, problems, partial));
    log(`Traçabilité : ${options.traceability}`);
  }
  const print = options.json ? error : log;
  await writeCiOutputs({ options, problems, rows: run.rows, partial, durationMs: Date.now() - started, print }, deps.config);
  return exitCodeOf(problems);
}
