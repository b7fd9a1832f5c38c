/**
 * How fast this machine runs a fixed piece of work right now. On a shared
 * host, steal time (steal.ts) is not the whole story: on 2026-12-03 the same
 * `npm start` took 6.6 s of CPU at 17:22 and 12.3 s at 17:50, with a tenth of
 * the time stolen at most: the host ran the same work slower (other machines
 * sharing its caches and memory, presumably). Timing the same work before and after
 * each section says which state a figure was taken in.
 */
import { median, round } from '../stats';

/** Single-threaded JavaScript like most of what the bench times: objects, strings, JSON, a sort, the GC. */
function referenceWork(): number {
  const rows = Array.from({ length: 40_000 }, (_, i) => ({ id: i, label: `commande ${i}`, cents: (i * 7919) % 100_000 }));
  const text = JSON.stringify(rows);
  const parsed = JSON.parse(text) as typeof rows;
  parsed.sort((a, b) => a.cents - b.cents || a.id - b.id);
  return (parsed[0]?.id ?? 0) + text.length;
}

/** CPU milliseconds (user + system) of one `work()`: what the host's speed changes, not what it steals. */
function cpuMs(work: () => unknown): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Median CPU milliseconds of the reference work over `runs`, after one run
 * that warms the JIT up (the first runs are a third slower). About 45 ms a run
 * on this 2-core machine when its host is fast, twice that when it is not.
 */
export function referenceCpuMs(runs = 5, work: () => unknown = referenceWork): number {
  cpuMs(work);
  return round(median(Array.from({ length: runs }, () => cpuMs(work))), 1);
}
