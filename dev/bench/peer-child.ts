/**
 * The two reference servers, each in a process of its own like the simulator:
 * - `json-server`: the peer, json-server 0.17 with its default middlewares
 *   (minus the request logger, which would measure the terminal), serving the
 *   same orders and disputes as JSON from memory;
 * - `bare`: the floor for one Node process, node:http answering a fixed page
 *   of the simulator's size (argv: order page bytes, dispute page bytes);
 * - `hono`: the floor for our stack, Hono on @hono/node-server answering the
 *   same fixed pages: what is left between it and `bare` is the framework's.
 * Sends {type: 'ready', url}, answers {type: 'cpu'} (cpu.ts); exits when the
 * parent disconnects.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
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
  if (!scenario) throw new Error(`scénario ${BENCH_SCENARIO} introuvable`);
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

function honoServer(): Promise<Server> {
  const orderPage = 'x'.repeat(Number(orderBytes));
  const disputePage = 'x'.repeat(Number(disputeBytes));
  const app = new Hono();
  app.get('/litiges/:id', (c) => c.html(disputePage));
  app.get('/commandes/:id', (c) => c.html(orderPage));
  return new Promise((ready) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ready(server as Server));
  });
}

const servers: Record<string, () => Promise<Server>> = { 'json-server': jsonServer, bare: bareServer, hono: honoServer };
const server = await servers[mode ?? '']?.();
if (!server) throw new Error(`mode inconnu « ${mode} » (possibles : ${Object.keys(servers).join(', ')})`);
const { port } = server.address() as AddressInfo;
answerCpuQueries();
process.once('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}` });
