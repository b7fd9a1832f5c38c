/**
 * The two reference servers, each in a process of its own like the simulator:
 * - `json-server`: the peer, json-server 0.17 with its default middlewares
 *   (minus the request logger, which would measure the terminal), serving the
 *   same orders and disputes as JSON from memory;
 * - `bare`: the floor for one Node process, node:http answering a fixed page
 *   of the simulator's size (argv: order page bytes, dispute page bytes).
 * Sends {type: 'ready', url}, answers {type: 'cpu'} (cpu.ts); exits when the
 * parent disconnects.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { loadScenarios } from '../../mock-site/scenarios';
import { BENCH_SCENARIO } from './bench-scenario';
import { answerCpuQueries } from './cpu';

interface JsonServerModule {
  create(): { use(...handlers: unknown[]): void; listen(port: number, host: string, ready: () => void): Server };
  router(db: object): unknown;
  defaults(options: { logger: boolean }): unknown[];
}

const [mode, orderBytes = '3000', disputeBytes = '4000'] = process.argv.slice(2);

function jsonServer(): Promise<Server> {
  // json-server 0.17 is CommonJS without types: required, and typed by what we use.
  const jsonServerModule = createRequire(import.meta.url)('json-server') as JsonServerModule;
  const scenario = loadScenarios().get(BENCH_SCENARIO);
  if (!scenario) throw new Error(`scenario ${BENCH_SCENARIO} missing`);
  const app = jsonServerModule.create();
  app.use(jsonServerModule.defaults({ logger: false }));
  app.use(jsonServerModule.router(structuredClone({ orders: scenario.orders, disputes: scenario.disputes })));
  return new Promise((ready) => {
    const server = app.listen(0, '127.0.0.1', () => ready(server));
  });
}

function bareServer(): Promise<Server> {
  const page = (bytes: string) => Buffer.alloc(Number(bytes), 'x');
  const orderPage = page(orderBytes);
  const disputePage = page(disputeBytes);
  const server = createServer((req, res) => {
    const body = req.url?.startsWith('/litiges') ? disputePage : orderPage;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

const server = mode === 'json-server' ? await jsonServer() : mode === 'bare' ? await bareServer() : undefined;
if (!server) throw new Error(`unknown mode « ${mode} »: json-server or bare`);
const { port } = server.address() as AddressInfo;
answerCpuQueries();
process.once('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}` });
