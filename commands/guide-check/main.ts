/**
 * `npm run guide:check`: is the French guide still true? Exit 0 when it is,
 * 1 with every problem pinned to a guide line, 2 when the check could not
 * run (bad option, no browser, unreadable file). Progress goes to stderr so
 * that `--json` leaves stdout to the JSON document alone.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { parseOptions, usage, UsageError, type Options } from './args';
import { exitCodeOf, formatProblem, formatWarnings, sortProblems, summary, toJson, traceabilityMarkdown } from './report';
import { runCheck } from './run-check';

async function main(argv: string[]): Promise<number> {
  let options: Options | undefined;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (!options) {
    console.log(usage);
    return 0;
  }
  const started = Date.now();
  const run = await runCheck(options, (line) => console.error(line));
  const problems = sortProblems(run.problems);
  const link = relative(dirname(resolve(options.traceability)), resolve(options.guide));
  await mkdir(dirname(options.traceability), { recursive: true });
  await writeFile(options.traceability, traceabilityMarkdown(options.guide, link, run.rows, new Date()));
  const partial = options.onlyRules !== undefined;
  if (options.json) {
    console.log(
      toJson(options.guide, problems, run.rows, { warnings: run.warnings, partial, tests: run.tests, durationMs: Date.now() - started }),
    );
  } else {
    for (const problem of problems) console.log(formatProblem(options.guide, problem));
    if (problems.length > 0) console.log('');
    // Warnings go to stderr: stdout keeps the problems, what a program or a reviewer acts on.
    for (const line of formatWarnings(options.guide, run.warnings)) console.error(line);
    console.log(summary(options.guide, problems, partial));
    console.log(`Traçabilité : ${options.traceability}`);
  }
  return exitCodeOf(problems);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`);
    else console.error(`La vérification du guide n'a pas pu se faire : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
