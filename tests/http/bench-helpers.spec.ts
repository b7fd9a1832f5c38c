/** Smoke test of the bench's helpers (dev/bench): statistics, verdicts, options, and one short bounded load run. */
import { spawnSync } from 'node:child_process';
import { test, expect } from '../../fixtures/test';
import { measureThroughput } from '../../dev/bench/load';
import { parseCommand } from '../../lib/cli';
import { benchCommand } from '../../dev/bench/options';
import { figure } from '../../dev/bench/report';
import { median, percentile } from '../../dev/stats';
import { reapedChildrenCpuMs } from '../../dev/bench/cpu';
import { referenceCpuMs } from '../../dev/bench/machine-speed';
import { cpuTicks, stolenPercent } from '../../dev/bench/steal';
import { createSessions, pagePath, requestsFor } from '../../dev/bench/targets';

test('median and nearest-rank percentiles', () => {
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([])).toBeNaN();
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  expect(percentile(hundred, 50)).toBe(50);
  expect(percentile(hundred, 99)).toBe(99);
  expect(percentile([7], 99)).toBe(7);
});

test('a figure is the median of its runs, judged against its target', () => {
  expect(figure('sim', 'p99', 'ms', [12, 8, 9], { kind: 'max', value: 10 })).toMatchObject({ value: 9, met: true });
  expect(figure('peer', 'ratio', '×', [1.2, 1.4, 1.6], { kind: 'min', value: 1.5 })).toMatchObject({ value: 1.4, met: false });
  expect(figure('cold', 'info', 'ms', [1, 2, 3]).met).toBeUndefined();
});

test('steal time: the share of the CPU ticks between two readings that went to other machines', () => {
  expect(stolenPercent({ steal: 100, total: 1000 }, { steal: 150, total: 1200 })).toBe(25);
  expect(stolenPercent({ steal: 100, total: 1000 }, { steal: 100, total: 1000 })).toBeUndefined();
  expect(stolenPercent(undefined, { steal: 1, total: 2 })).toBeUndefined();
  // This machine's own /proc/stat, where there is one: steal is part of the total.
  const now = cpuTicks();
  if (now) expect(now.steal).toBeLessThanOrEqual(now.total);
});

/**
 * Spins until this process has used `ms` more milliseconds of CPU, user and system as cpuMs counts them: each
 * reading is a system call, so counting user time alone spun about seven times longer than asked.
 */
function burnCpu(ms: number): void {
  const used = () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  };
  const until = used() + ms * 1000;
  while (used() < until);
}

test("machine speed: the median CPU time of the same work, the JIT's warm-up run left out", () => {
  let calls = 0;
  // The warm-up run burns 300 ms, the measured ones 5 ms each: only the latter may count.
  const measured = referenceCpuMs(3, () => burnCpu(calls++ === 0 ? 300 : 5));
  expect(calls).toBe(4);
  expect(measured).toBeGreaterThanOrEqual(4.5);
  // The process's CPU, not the thread's: the worker's other threads (a trace being zipped) add to each
  // 5 ms, up to 54 ms in one run of 6,360 tests on a loaded host. Half the warm-up is still far above that.
  expect(measured).toBeLessThan(150);
  // The real reference work costs something measurable on any machine.
  expect(referenceCpuMs(1)).toBeGreaterThan(1);
});

test("a command's CPU time: what the children this process waited for used", () => {
  const before = reapedChildrenCpuMs();
  // Off Linux there is no /proc/self/stat: no figure, never a wrong one.
  if (before === undefined) return expect(reapedChildrenCpuMs()).toBeUndefined();
  // A child that spins 300 ms of wall time, on a core of its own or shared: at least a few hundred ms of CPU once reaped.
  spawnSync(process.execPath, ['-e', 'const end = Date.now() + 300; while (Date.now() < end);']);
  const used = (reapedChildrenCpuMs() ?? 0) - before;
  expect(used).toBeGreaterThanOrEqual(100);
  expect(used).toBeLessThan(10_000);
});

const parseOptions = (argv: string[]) => {
  const parsed = parseCommand(benchCommand, argv);
  return parsed.help ? undefined : parsed.options;
};

test('options: sections, bounded knobs, quick defaults', () => {
  expect(parseOptions([])).toMatchObject({ only: ['flows', 'suite', 'commands', 'sim', 'peer', 'cold'], quick: false, seconds: 5, sessions: 500 });
  expect(parseOptions(['--quick', '--only', 'sim,peer'])).toMatchObject({ only: ['sim', 'peer'], runs: 1, seconds: 1 });
  expect(() => parseOptions(['--only', 'everything'])).toThrow(/--only : valeurs possibles/);
  expect(() => parseOptions(['--seconds', '600'])).toThrow(/de 1 à 60/);
});

test('one short load run against the simulator, each request on a live session', async ({ simulator }) => {
  const cookies = await createSessions(simulator.url, 3);
  expect(cookies).toHaveLength(3);
  expect(pagePath('json-server', 'dispute')).toMatch(/^\/disputes\//);
  const result = await measureThroughput(simulator.url, requestsFor('sim', 'dispute', cookies), { connections: 2, seconds: 1 });
  expect(result.responses).toBeGreaterThan(0);
  expect(result.p99).toBeGreaterThanOrEqual(result.p50);
  expect(result.bytesPerResponse).toBeGreaterThan(1000);
});
