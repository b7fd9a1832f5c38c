/** Starts the simulator on a port (0 = any free port) and says where it listens. */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, type AppDeps } from './app';

export interface RunningServer {
  url: string;
  port: number;
  close: () => Promise<void>;
  store: ReturnType<typeof createApp>['store'];
}

export function startServer(deps: AppDeps, listen: { port: number; host: string }): Promise<RunningServer> {
  const { app, store } = createApp(deps);
  return new Promise((resolve, reject) => {
    const server: ServerType = serve({ fetch: app.fetch, port: listen.port, hostname: listen.host }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolve({ url: `http://${host}:${info.port}`, port: info.port, store, close: () => closeServer(server) });
    });
    server.once('error', reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve, reject) => {
    if ('closeAllConnections' in server) server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}
