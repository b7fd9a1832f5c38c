/**
 * Steal time: the share of this virtual machine's CPU time the hypervisor gave
 * to other machines (the `steal` column of /proc/stat). On a shared host it
 * comes and goes; a section measured while a quarter of the CPU was stolen is
 * not comparable with a quiet one, whatever the load average says.
 */
import { readFileSync } from 'node:fs';

export interface CpuTicks {
  steal: number;
  total: number;
}

/** All CPUs' ticks so far, or undefined where there is no /proc/stat (not Linux). */
export function cpuTicks(): CpuTicks | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    // cpu user nice system idle iowait irq softirq steal guest guest_nice (guest time is already in user).
    const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
    if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return undefined;
    return { steal: fields[7] ?? 0, total: fields.reduce((sum, n) => sum + n, 0) };
  } catch {
    return undefined;
  }
}

/** Percent of the CPU time between two readings that was stolen; undefined when unknown. */
export function stolenPercent(before: CpuTicks | undefined, after: CpuTicks | undefined): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return Math.round((100 * (after.steal - before.steal)) / (after.total - before.total));
}
