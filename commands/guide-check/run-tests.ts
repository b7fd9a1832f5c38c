/**
 * Runs the tests tagged with the guide's rules, in a child `playwright test`
 * on the unit and web projects (one surface is enough to prove a rule; the
 * full suite runs every surface), given only the spec files that can hold
 * them (rule-test-files.ts): its grep would otherwise load every spec file.
 * The child sees this process's environment, so a simulator drifted through
 * LABEL_OVERRIDES or RELAXED_RULES is the one its tests meet.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot, ruleTestFiles } from './rule-test-files';
import { grepForRules, readReport, type Report } from './test-results';

export const ruleTestProjects = ['unit', 'web'] as const;

export interface RuleTestRun {
  report: Report;
  /** The command, to print: the reader can rerun it. */
  command: string;
  /** Screenshots and error contexts of the failed tests, kept for a person to open; undefined when all passed. */
  artefacts?: string;
  /** The same tests with a trace each, to rerun when one failed (the check records none, see below). */
  traceCommand: string;
}

/**
 * Runs in a fresh temporary folder: Playwright empties its output folder
 * first, and test-results/ (or another check's folder) may belong to a run in progress.
 */
export async function runRuleTests(ruleIds: readonly string[], edition: string, signal?: AbortSignal): Promise<RuleTestRun> {
  const workDir = await mkdtemp(join(tmpdir(), 'guide-check-'));
  const reportFile = join(workDir, 'rule-tests.json');
  const selection = [
    'test',
    // An empty list would mean every file: slower, never blind.
    ...ruleTestFiles(edition),
    ...ruleTestProjects.flatMap((project) => ['--project', project]),
    '--grep',
    grepForRules(ruleIds, edition),
  ];
  // No trace: recording one for every test (to keep those of the failed ones) cost a fifth of each rule test.
  // The verdict does not depend on it; a person who wants the traces reruns traceCommand.
  const args = [...selection, '--trace', 'off', '--reporter=json', '--output', join(workDir, 'test-results')];
  const output = await run(
    process.execPath,
    [playwrightCli, ...args],
    {
      // eslint-disable-next-line no-restricted-properties -- passes the environment through to the child test run, unchanged but for where its report goes
      ...process.env,
      PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile,
    },
    signal,
  );
  const text = await readFile(reportFile, 'utf8').catch(() => undefined);
  if (text === undefined) throw new Error(`playwright test n'a pas écrit de rapport (dossier ${workDir}). Sa sortie :\n${output}`);
  const report = readReport(JSON.parse(text));
  const command = `npx playwright ${args.map(quoteArg).join(' ')}`;
  const traceCommand = `npx playwright ${[...selection, '--trace', 'on'].map(quoteArg).join(' ')}`;
  if (report.tests.some((t) => t.status !== 'passed' && t.status !== 'skipped')) {
    return { report, command, traceCommand, artefacts: join(workDir, 'test-results') };
  }
  await rm(workDir, { recursive: true, force: true });
  return { report, command, traceCommand };
}

/** Playwright's own command line, run with this Node. */
export const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');

/** Resolves with the child's output tail whatever its exit code: failing tests are an answer, not an error. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    // From the root, where the configuration is and the files are named from.
    const child = spawn(command, args, { cwd: projectRoot, env, signal, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('close', () => resolvePromise(output));
  });
}

function quoteArg(arg: string): string {
  return /^[\w@./=-]+$/.test(arg) ? arg : `'${arg}'`;
}
