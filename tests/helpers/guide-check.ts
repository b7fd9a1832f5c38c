/** Runs `guide:check` as a child process, the way CI does, with extra environment variables (GitHub's only when given). */
import { spawn } from 'node:child_process';

export interface GuideCheckRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runGuideCheck(args: string[], env: Record<string, string>): Promise<GuideCheckRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['commands/launch.mjs', 'commands/guide-check/main.ts', ...args], {
      // A drifted check run by a test must not annotate the real workflow or add to its summary: GitHub only when asked.
      // eslint-disable-next-line no-restricted-properties -- the child check reads its settings from its environment
      env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
