/** The command line of `npm run bench`. */
import { parseArgs } from 'node:util';
import { sections, type Section } from './report';

export interface BenchOptions {
  only: Section[];
  quick: boolean;
  /** Runs per figure; undefined = each section's default (5 for quick parts, 3 for slow ones). */
  runs?: number;
  /** Seconds per load run (autocannon). */
  seconds: number;
  sessions: number;
}

export const usage = `npm run bench -- [--only ${sections.join(',')}] [--runs N] [--seconds S] [--quick]

  --only      sections to run (default: all)
  --runs N    runs per figure (default: 5 for flows and cold start, 3 for suite, sim and peer)
  --seconds S seconds per load run (default 5; 1 with --quick)
  --sessions  live sessions for the load figures (default 500)
  --quick     a fast smoke: 1 run, 1 s loads, the suite on one spec and one project, no typecheck/lint
Prints a table and writes out/bench.json.`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      runs: { type: 'string' },
      seconds: { type: 'string' },
      sessions: { type: 'string' },
      quick: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...sections];
  const unknown = only.filter((s) => !sections.includes(s as Section));
  if (unknown.length > 0) throw new Error(`--only: unknown section(s) ${unknown.join(', ')}; choose among ${sections.join(', ')}`);
  const quick = values.quick;
  return {
    only: only as Section[],
    quick,
    runs: bounded('--runs', values.runs, 50) ?? (quick ? 1 : undefined),
    seconds: bounded('--seconds', values.seconds, 60) ?? (quick ? 1 : 5),
    sessions: bounded('--sessions', values.sessions, 5000) ?? 500,
  };
}

/** Every knob is bounded: the bench must finish, and only ever load 127.0.0.1 so much. */
function bounded(name: string, text: string | undefined, max: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`${name}: a whole number from 1 to ${max}, not « ${text} »`);
  return value;
}
