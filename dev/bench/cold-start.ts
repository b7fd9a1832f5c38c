/**
 * Figure 5, cold start: from spawning a command to the first page it serves
 * (or, for `npm start`, to its "ready" line). Each launch uses PORT=0 (a free
 * port, so a simulator already on 4173 does not matter) and LOG_FORMAT=json,
 * so the URL is read from the pino line. Also timed, to see where a start
 * goes: an empty `node`, and the simulator without npm and the tsx CLI.
 */
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { childEnv, startChild, stopChild } from './children';
import { figure, type Figure } from './report';
import { since } from '../stats';

type Marker = { kind: 'first-page' } | { kind: 'line'; text: string };

/**
 * What `npm start` is ready at: the walkthrough's first step, logged as
 * « Étape 1/N — … » once its target is on screen. Before the walkthrough
 * was in `npm start`, this was { kind: 'first-page' }: the simulator's URL.
 */
export const START_READY = { kind: 'line', text: 'Étape 1/' } as Marker;

const LAUNCH_TIMEOUT_MS = 30_000;

async function firstPage(url: string, deadline: number): Promise<void> {
  while (performance.now() < deadline) {
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`${url}/ n'a jamais répondu 200`);
}

/** Milliseconds from spawn to the marker. */
async function timeToReady(command: string, args: string[], marker: Marker): Promise<number> {
  const start = performance.now();
  const deadline = start + LAUNCH_TIMEOUT_MS;
  const child: ChildProcess = startChild(command, args, {
    env: childEnv({ PORT: '0', HOST: '127.0.0.1', LOG_FORMAT: 'json', LOG_LEVEL: 'info' }),
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  try {
    return await new Promise<number>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`${command} ${args.join(' ')} : pas prêt après ${LAUNCH_TIMEOUT_MS} ms`)),
        LAUNCH_TIMEOUT_MS,
      );
      child.once('exit', (code) =>
        fail(new Error(`${command} ${args.join(' ')} a fini (${code}) avant d'être prêt :\n${stderr.slice(-1500)}`)),
      );
      if (!child.stdout) return fail(new Error('pas de sortie standard'));
      const lines = createInterface({ input: child.stdout });
      lines.on('line', (line) => {
        if (marker.kind === 'line' && line.includes(marker.text)) {
          clearTimeout(timer);
          done(since(start));
        }
        const url = marker.kind === 'first-page' ? urlIn(line) : undefined;
        if (url) {
          firstPage(url, deadline).then(() => {
            clearTimeout(timer);
            done(since(start));
          }, fail);
        }
      });
    });
  } finally {
    await stopChild(child);
  }
}

function urlIn(line: string): string | undefined {
  try {
    const parsed = JSON.parse(line) as { url?: unknown };
    return typeof parsed.url === 'string' && parsed.url.startsWith('http://127.0.0.1:') ? parsed.url : undefined;
  } catch {
    return undefined;
  }
}

const launches: { name: string; command: string; args: string[]; marker: Marker; target?: number }[] = [
  { name: '`npm run sim` → première page', command: 'npm', args: ['run', 'sim'], marker: { kind: 'first-page' }, target: 500 },
  {
    name: '`node --import tsx mock-site/main.ts` (sans le lanceur) → première page',
    command: process.execPath,
    args: ['--import', 'tsx', 'mock-site/main.ts'],
    marker: { kind: 'first-page' },
  },
  {
    name: START_READY.kind === 'line' ? '`npm start` → première étape de la visite' : '`npm start` → première page',
    command: 'npm',
    args: ['start'],
    marker: START_READY,
  },
];

/** From spawn to exit: the floors of a start. */
async function untilExit(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<number> {
  const start = performance.now();
  const child = startChild(command, args, { stdio: 'ignore', env });
  await new Promise((done) => child.once('exit', done));
  return since(start);
}

/**
 * What a start costs before the simulator serves: an empty Node; npm (its own
 * start and a shell) with Node and the launcher around a command that loads
 * almost nothing (ensure-browser's --help); the same with the simulator's
 * modules loaded but nothing started (sim's --help). The first page cannot
 * come sooner than the last of these.
 */
const floors: { name: string; command: string; args: string[]; env?: NodeJS.ProcessEnv }[] = [
  { name: '`node -e 0` (un Node vide)', command: process.execPath, args: ['-e', '0'] },
  ...withoutExtraCaCerts(),
  {
    name: "`npm run ensure-browser -- --help` (npm, Node et le lanceur, presque rien d'autre)",
    command: 'npm',
    args: ['run', '-s', 'ensure-browser', '--', '--help'],
  },
  {
    name: '`npm run sim -- --help` (le même, plus les modules du simulateur, sans le démarrer)',
    command: 'npm',
    args: ['run', '-s', 'sim', '--', '--help'],
  },
];

/**
 * Where NODE_EXTRA_CA_CERTS is set (this sandbox sets it to the system's whole
 * bundle), every Node process parses that file as it starts: about 60 ms here,
 * paid twice by `npm run sim` (npm's Node, then the simulator's). An empty Node
 * without it shows that share of the floor; the figures above keep it, as a
 * person on this machine pays it.
 */
function withoutExtraCaCerts(): typeof floors {
  const env = childEnv();
  if (!env.NODE_EXTRA_CA_CERTS) return [];
  delete env.NODE_EXTRA_CA_CERTS;
  return [{ name: '`node -e 0` sans NODE_EXTRA_CA_CERTS (défini sur cette machine)', command: process.execPath, args: ['-e', '0'], env }];
}

export async function benchColdStart(settings: { runs: number }): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const launch of launches) {
    await timeToReady(launch.command, launch.args, launch.marker); // warm the disk cache and tsx's transform cache
    const runs: number[] = [];
    for (let run = 0; run < settings.runs; run++) runs.push(await timeToReady(launch.command, launch.args, launch.marker));
    figures.push(figure('cold', launch.name, 'ms', runs, launch.target ? { kind: 'max', value: launch.target } : undefined));
  }
  for (const floor of floors) {
    await untilExit(floor.command, floor.args, floor.env); // the same warm-up as the launches: a stale launcher bundle is rebuilt here, not timed
    const runs: number[] = [];
    for (let run = 0; run < settings.runs; run++) runs.push(await untilExit(floor.command, floor.args, floor.env));
    figures.push(figure('cold', floor.name, 'ms', runs));
  }
  return figures;
}
