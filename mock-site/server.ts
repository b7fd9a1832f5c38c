/** Starts the simulator on a port (0 = any free port) and says where it listens. */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppDeps } from './app';

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
  store: ReturnType<typeof createApp>['store'];
  /** How long this server keeps an idle keep-alive connection, read back from the Node server itself. */
  keepAliveMs: number | undefined;
}

/**
 * How long an idle keep-alive connection stays open. Node's default is 5 s:
 * a client that reuses its connection after a longer pause (a test waiting
 * on a child command, a person reading a page) can then write at the moment
 * the server closes it, and gets ECONNRESET. One run in 6,360 tests did
 * (the safe run's state check after guide:check). Two minutes is longer than
 * any such pause here; the server still closes every connection when it stops.
 */
export const KEEP_ALIVE_MS = 120_000;

export interface ListenOptions {
  port: number;
  host: string;
  /** KEEP_ALIVE_MS unless given (a test that watches the server close an idle connection gives less). */
  keepAliveMs?: number;
}

export function startServer(deps: AppDeps, listen: ListenOptions): Promise<RunningServer> {
  const { app, store } = createApp(deps);
  return new Promise((resolve, reject) => {
    const server: ServerType = serve({ fetch: app.fetch, port: listen.port, hostname: listen.host }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      const keepAliveMs = 'keepAliveTimeout' in server ? server.keepAliveTimeout : undefined;
      resolve({ url: `http://${host}:${info.port}`, port: info.port, store, keepAliveMs, close: () => closeServer(server) });
    });
    if ('keepAliveTimeout' in server) server.keepAliveTimeout = listen.keepAliveMs ?? KEEP_ALIVE_MS;
    server.once('error', reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}
