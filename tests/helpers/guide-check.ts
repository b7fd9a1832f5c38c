/**
 * guide:check, run two ways:
 * - `runGuideCheck`: a child process, the way CI runs it, with extra environment variables (GitHub's only when given);
 * - `checkGuideHere`: in this test's process, on the worker's browser, with settings over the project's config:
 *   the same options, report, files and exit code, without a process to start and a browser to launch.
 */
import type { Browser } from 'playwright';
import { config, type AppConfig } from '../../lib/config';
import { executeCommand } from '../../lib/cli';
import { guideCheckCommand } from '../../commands/guide-check/args';
import { checkGuide } from '../../commands/guide-check/check-guide';
import { runProjectCommand, type CommandRun } from './run-command';

export type GuideCheckRun = CommandRun;

export function runGuideCheck(args: string[], env: Record<string, string>): Promise<GuideCheckRun> {
  // A drifted check run by a test must not annotate the real workflow or add to its summary: GitHub only when asked.
  return runProjectCommand('commands/guide-check/main.ts', args, { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env });
}

/**
 * In-process, the settings reach the check and its simulator, but a child test run would read the environment:
 * a run here gives the tests' results (--results) or has none (--safe).
 */
export async function checkGuideHere(
  args: string[],
  { browser, settings = {} }: { browser: Browser; settings?: Partial<AppConfig> },
): Promise<GuideCheckRun> {
  let stdout = '';
  let stderr = '';
  const output = { out: (text: string) => void (stdout += text), err: (text: string) => void (stderr += text) };
  // As runGuideCheck: GitHub's outputs only when a test asks for them.
  const here = { ...config, GITHUB_ACTIONS: false, GITHUB_STEP_SUMMARY: undefined, ...settings };
  const code = await executeCommand(
    guideCheckCommand,
    async (options) => {
      if (!options.results && !options.safe)
        throw new Error('checkGuideHere : --results ou --safe (pas de tests enfants dans le processus du test)');
      return checkGuide(options, { browser, config: here, output });
    },
    args,
    output,
  );
  return { code, stdout, stderr };
}

/** A Playwright JSON report holding one passed test of the rule, in that edition: what --results reads from a suite's run. */
export function passedReport(rule: string, edition: string) {
  const results = [{ status: 'passed', errors: [] }];
  const spec = { title: `${rule} tenu`, tags: [rule, `edition-${edition}`], tests: [{ projectName: 'web', annotations: [], results }] };
  return { suites: [{ title: 'web/rules-2026.spec.ts', specs: [spec] }] };
}
