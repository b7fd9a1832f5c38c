/**
 * Every process the bench starts goes through here, so none outlives it: each
 * runs in its own process group (npm → sh → node must die together), is
 * remembered, and is killed on exit, on Ctrl-C and when its time is up.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { since } from '../stats';

export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

const live = new Set<ChildProcess>();

/** The bench's own environment plus a few settings, for a child (npm, playwright, the simulator). */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // eslint-disable-next-line no-restricted-properties -- passes the environment through to child processes, which read it via their own lib/config.ts
  return { ...process.env, ...extra };
}

export function startChild(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions } = {}): ChildProcess {
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: options.env ?? childEnv(),
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  live.add(child);
  child.once('exit', () => live.delete(child));
  // A child that cannot start (ENOENT) reports it on 'exit' too; without a listener 'error' would crash the bench.
  child.once('error', () => live.delete(child));
  return child;
}

/** A TypeScript script of ours in its own Node process, with an IPC channel. */
export function startTsChild(file: string, args: string[], nodeFlags: string[] = []): ChildProcess {
  return startChild(process.execPath, [...nodeFlags, '--import', 'tsx', resolve(repoRoot, file), ...args], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * SIGTERM to the whole group, then waits for every member to leave (npm may
 * exit before its node child, which must be let close its browser: Playwright
 * closes browsers on SIGTERM), and SIGKILLs what is left after `graceMs`.
 */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  signalGroup(child, 'SIGTERM');
  const deadline = performance.now() + graceMs;
  while (groupAlive(child) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  signalGroup(child, 'SIGKILL');
  if (child.exitCode === null && child.signalCode === null) await new Promise((done) => child.once('exit', done));
}

export function killAllChildren(): void {
  for (const child of live) signalGroup(child, 'SIGKILL');
}

process.once('exit', killAllChildren);

export interface CommandResult {
  code: number | null;
  ms: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs a command to its end (or its timeout), timing it from spawn to exit. */
export function runCommand(
  command: string,
  args: string[],
  options: { timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<CommandResult> {
  return new Promise((done) => {
    const start = performance.now();
    const child = startChild(command, args, { env: options.env });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      void stopChild(child);
    }, options.timeoutMs);
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ code, ms: since(start), stdout, stderr, timedOut });
    });
  });
}

/** Sends `message` to an IPC child and waits for its reply of type `replyType`. */
export function ask<T extends { type: string }>(
  child: ChildProcess,
  message: object,
  replyType: T['type'],
  timeoutMs = 30_000,
): Promise<T> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      fail(new Error(`pas de réponse « ${replyType} » du processus enfant ${child.pid} en ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (reply: T) => {
      if (reply.type !== replyType) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      done(reply);
    };
    child.on('message', onMessage);
    if (Object.keys(message).length > 0) child.send(message);
  });
}

/** Waits for an IPC child's first message of `type`, failing with its stderr if it dies first. */
export function waitForMessage<T extends { type: string }>(child: ChildProcess, type: T['type'], timeoutMs = 30_000): Promise<T> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return Promise.race([
    ask<T>(child, {}, type, timeoutMs),
    new Promise<never>((_, fail) =>
      child.once('exit', (code) => fail(new Error(`le processus enfant a fini (${code}) avant « ${type} » :\n${stderr.slice(-2000)}`))),
    ),
  ]);
}
