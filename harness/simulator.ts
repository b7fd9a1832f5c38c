/** The simulator a walkthrough drives: a given URL, or one started here on a free port. */
import { config } from '../lib/config';
import type { Logger } from '../lib/logger';
import { loadScenarios } from '../mock-site/scenarios';
import { startServer } from '../mock-site/server';

export interface SimulatorHandle {
  url: string;
  close: () => Promise<void>;
}

export async function startSimulator(url: string | undefined, log: Logger): Promise<SimulatorHandle> {
  if (url) return { url: url.replace(/\/$/, ''), close: async () => {} };
  const server = await startServer({ config, logger: log.child({ module: 'sim' }, { level: 'warn' }), scenarios: loadScenarios() }, { port: 0, host: '127.0.0.1' });
  return server;
}
