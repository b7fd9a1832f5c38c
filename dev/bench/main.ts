/**
 * `npm run bench`: the suite, the flows and the simulator against their
 * targets, their floors and a peer. Each section runs under a time limit, its
 * children are always killed, and a failing section is reported without
 * stopping the others. Prints a table and writes out/bench.json.
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { killAllChildren, repoRoot } from './children';
import { EXIT, runCommand, type ExitCode } from '../../lib/cli';
import { benchCommand, type BenchOptions } from './options';
import { printTable, writeReport, type Figure, type Section, type SectionResult } from './report';
import { referenceCpuMs } from './machine-speed';
import { cpuTicks, stolenPercent } from './steal';
import { round, since } from '../stats';

const reportPath = resolve(repoRoot, 'out/bench.json');

/**
 * Each section's default runs and its time limit (generous: a loaded machine is slow, not stuck).
 * A section's code is loaded when it runs (lib/cli.ts): --help and a bad option load none of them.
 */
const plan: Record<Section, { runs: number; limitMinutes: number; run: (o: BenchOptions, runs: number) => Promise<Figure[]> }> = {
  // 11 pairs: single pairs under load range from 1.0 to 1.3×, and the median of 5 moved by 0.1 from one run to the next.
  flows: { runs: 11, limitMinutes: 10, run: async (_o, runs) => (await import('./flows')).benchFlows({ runs }) },
  suite: { runs: 3, limitMinutes: 120, run: async (o, runs) => (await import('./suite')).benchSuite({ runs, quick: o.quick }) },
  commands: { runs: 3, limitMinutes: 30, run: async (_o, runs) => (await import('./commands')).benchCommands({ runs }) },
  sim: {
    runs: 3,
    limitMinutes: 10,
    run: async (o, runs) => (await import('./simulator')).benchSimulator({ runs, seconds: o.seconds, sessions: o.sessions }),
  },
  peer: {
    runs: 3,
    limitMinutes: 10,
    run: async (o, runs) => (await import('./peers')).benchPeers({ runs, seconds: o.seconds, sessions: o.sessions }),
  },
  cold: { runs: 5, limitMinutes: 5, run: async (_o, runs) => (await import('./cold-start')).benchColdStart({ runs }) },
};

function withLimit<T>(work: Promise<T>, minutes: number, section: Section): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${section} : toujours en cours après ${minutes} min, arrêté`)), minutes * 60_000);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

async function runSection(section: Section, options: BenchOptions): Promise<SectionResult> {
  const { runs: defaultRuns, limitMinutes, run } = plan[section];
  const runs = options.runs ?? defaultRuns;
  say(`▶ ${section} (${runs} mesure${runs > 1 ? 's' : ''})…`);
  // Before the clock starts: the section's time is its own.
  const speedBefore = referenceCpuMs();
  const start = performance.now();
  const loadBefore = round(loadavg()[0] ?? 0, 1);
  const ticksBefore = cpuTicks();
  const finish = (figures: Figure[], error?: string): SectionResult => {
    const result = {
      section,
      figures,
      error,
      seconds: round(since(start) / 1000, 1),
      loadavg: [loadBefore, round(loadavg()[0] ?? 0, 1)] as [number, number],
      stolenPercent: stolenPercent(ticksBefore, cpuTicks()),
      referenceCpuMs: [speedBefore, referenceCpuMs()] as [number, number],
    };
    const stolen = result.stolenPercent === undefined ? '' : `, ${result.stolenPercent} % du temps CPU volé par l'hyperviseur`;
    const speed = `, calcul de référence ${result.referenceCpuMs.join(' → ')} ms de CPU`;
    say(`  ${error ? 'échec' : 'fait'} en ${result.seconds} s (charge moyenne ${result.loadavg.join(' → ')}${stolen}${speed})`);
    return result;
  };
  try {
    return finish(await withLimit(run(options, runs), limitMinutes, section));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`  ${section} : ${message}`);
    killAllChildren();
    return finish([], message.split('\n')[0]);
  }
}

/** Progress for people; with --json it goes to stderr so that stdout is the report alone. */
let say: (line: string) => void = (line) => console.log(line);

async function main(options: BenchOptions): Promise<ExitCode> {
  if (options.json) say = (line) => console.error(line);
  say(
    `bench : ${options.only.join(', ')}${options.quick ? ' (rapide)' : ''} sur ${cpus().length} cœurs, ` +
      `charge moyenne ${loadavg()
        .map((l) => round(l, 1))
        .join(' ')}, Node ${process.version}`,
  );
  const results: SectionResult[] = [];
  for (const section of options.only) results.push(await runSection(section, options));
  const report = writeReport(reportPath, results, options);
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else printTable(results);
  const unmet = results.flatMap((r) => r.figures).filter((f) => f.met === false).length;
  const failed = results.filter((r) => r.error).length;
  say(`\n${reportPath} : ${unmet} cible(s) non atteinte(s), ${failed} section(s) non mesurée(s).`);
  // A section that could not be measured is a problem found; an unmet target is a figure, not a failure.
  return failed > 0 ? EXIT.problems : EXIT.ok;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllChildren();
    process.exit(130);
  });
}

await runCommand(benchCommand, main);
// Exit explicitly: a stuck handle (a browser, a socket) must not keep the bench alive.
process.exit();
