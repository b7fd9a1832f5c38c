/**
 * CPU time of a server child, to state throughput "on one core" on a shared
 * machine: responses ÷ the CPU-seconds the server used to produce them is
 * what it would serve with a core to itself, whatever else the machine runs.
 * (User + system: the kernel's socket work is part of serving a page.)
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ask } from './children';

interface CpuReply {
  type: 'cpu';
  ms: number;
}

/** In the child: answer {type: 'cpu'} with the process's CPU time so far. */
export function answerCpuQueries(): void {
  process.on('message', (message: { type?: string }) => {
    if (message.type !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    process.send?.({ type: 'cpu', ms: (user + system) / 1000 } satisfies CpuReply);
  });
}

/** In the parent: the child's CPU milliseconds so far. */
export async function cpuMs(child: ChildProcess): Promise<number> {
  return (await ask<CpuReply>(child, { type: 'cpu' }, 'cpu', 10_000)).ms;
}

/**
 * CPU milliseconds (user + system) of every descendant this process has
 * waited for so far, from /proc/self/stat's cutime and cstime: a command's
 * whole tree (npm, its Node, Chromium's processes) once it has exited, since
 * each parent reaps its own. Undefined off Linux.
 */
export function reapedChildrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces: state is the 3rd field, cutime the 16th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    // /proc counts in USER_HZ, 100 a second on Linux whatever the kernel's own tick.
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}
