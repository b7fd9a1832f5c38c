/** Runs `guide:check` as a child process, the way CI does, with extra environment variables (GitHub's only when given). */
import { runProjectCommand, type CommandRun } from './run-command';

export type GuideCheckRun = CommandRun;

export function runGuideCheck(args: string[], env: Record<string, string>): Promise<GuideCheckRun> {
  // A drifted check run by a test must not annotate the real workflow or add to its summary: GitHub only when asked.
  return runProjectCommand('commands/guide-check/main.ts', args, { GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env });
}
