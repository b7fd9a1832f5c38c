/**
 * CPU time of a server child, to state throughput "on one core" on a shared
 * machine: responses ÷ the CPU-seconds the server used to produce them is
 * what it would serve with a core to itself, whatever else the machine runs.
 * (User + system: the kernel's socket work is part of serving a page.)
 */
import type { ChildProcess } from 'node:child_process';
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
