/**
 * Figure 4, a peer and two floors. The same read load (same connections, same
 * cookies, same duration) against the simulator, json-server serving the same
 * orders as JSON, a bare node:http server answering a fixed page of the
 * simulator's size (the most one Node process can serve), and Hono on
 * @hono/node-server answering that same fixed page (the most our stack can
 * serve: no target, it tells the framework's share of the gap from ours).
 * Each runs in its own child process. In every run they are measured back to back, in an
 * order that rotates, and a figure is the median of the per-run ratios.
 * Ratios compare pages per CPU-second (see cpu.ts), so a neighbour's burst on
 * this shared machine does not favour one server; wall-clock ratios are shown too.
 */
import { figure, type Figure } from './report';
import { THROUGHPUT_CONNECTIONS, type LoadSettings } from './simulator';
import {
  createSessions,
  measure,
  pageBytes,
  pageNames,
  pagePath,
  requestsFor,
  startFloorChild,
  startJsonServerChild,
  startSimChild,
  type Measured,
  type Page,
  type RunningChild,
  type ServerKind,
} from './targets';

const kinds: ServerKind[] = ['sim', 'json-server', 'bare', 'hono'];
const pages: Page[] = ['order', 'dispute'];

export async function benchPeers(settings: LoadSettings): Promise<Figure[]> {
  const started: RunningChild[] = [];
  const start = async (starting: Promise<RunningChild>) => {
    const server = await starting;
    started.push(server);
    return server;
  };
  try {
    const sim = await start(startSimChild());
    const jsonServer = await start(startJsonServerChild());
    const cookies = await createSessions(sim.url, settings.sessions);
    const sizes = await Promise.all(pages.map((page) => pageBytes(sim.url, pagePath('sim', page), cookies[0])));
    const bare = await start(startFloorChild('bare', sizes[0] ?? 0, sizes[1] ?? 0));
    const hono = await start(startFloorChild('hono', sizes[0] ?? 0, sizes[1] ?? 0));
    const servers: Record<ServerKind, RunningChild> = { sim, 'json-server': jsonServer, bare, hono };
    const load = (kind: ServerKind, page: Page, seconds: number) =>
      measure(servers[kind], requestsFor(kind, page, cookies), { connections: THROUGHPUT_CONNECTIONS, seconds });

    for (const kind of kinds) for (const page of pages) await load(kind, page, 1); // warm-up
    const results: Record<ServerKind, Record<Page, Measured[]>> = {
      sim: { order: [], dispute: [] },
      'json-server': { order: [], dispute: [] },
      bare: { order: [], dispute: [] },
      hono: { order: [], dispute: [] },
    };
    for (let run = 0; run < settings.runs; run++) {
      for (const page of pages) {
        const order = [...kinds.slice(run % kinds.length), ...kinds.slice(0, run % kinds.length)];
        for (const kind of order) results[kind][page].push(await load(kind, page, settings.seconds));
      }
    }
    const ratios = (a: Measured[], b: Measured[], key: 'rps' | 'perCpuSecond') => a.map((m, i) => m[key] / (b[i]?.[key] ?? Number.NaN));
    const wall = (a: Measured[], b: Measured[]) =>
      `rapport en pages par seconde réelle : ${ratios(a, b, 'rps')
        .map((r) => r.toFixed(2))
        .join(', ')}`;
    return pages.flatMap((page, i) => {
      const [ours, peer, floor, stack] = [results.sim[page], results['json-server'][page], results.bare[page], results.hono[page]];
      const versus = (against: string, theirs: Measured[], atLeast?: number) =>
        figure(
          'peer',
          `${pageNames[page]} : simulateur / ${against}`,
          '×',
          ratios(ours, theirs, 'perCpuSecond'),
          atLeast === undefined ? undefined : { kind: 'min', value: atLeast },
          wall(ours, theirs),
        );
      const perCpuSecond = (server: string, runs: Measured[]) =>
        figure(
          'peer',
          `${pageNames[page]} : ${server}, par seconde de CPU`,
          'req/s',
          runs.map((m) => m.perCpuSecond),
        );
      return [
        versus('json-server', peer, 1.5),
        // The bare page is a floor to read, not a target: the simulator pays for sessions, protections and routing.
        versus('node:http seul', floor),
        versus('plancher Hono (sans cible)', stack),
        perCpuSecond('simulateur', ours),
        perCpuSecond(`json-server ${pagePath('json-server', page)}`, peer),
        perCpuSecond(`node:http seul (${sizes[i]} B)`, floor),
        perCpuSecond('Hono + node-server, même page fixe', stack),
      ];
    });
  } finally {
    await Promise.all(started.map((s) => s.stop()));
  }
}
