/**
 * The simulator a browser consumer drives: one started here, in-process on a
 * free loopback port, or one already running at a URL. Every command, the
 * fixtures, the bench and the load script start it through here.
 */
import { config, type AppConfig } from '../lib/config';
import { logger as rootLogger, type Logger } from '../lib/logger';
import { editionWith, overridesFrom, type Edition, type EditionName } from '../mock-site/domain/editions/index';
import { loadScenarios } from '../mock-site/scenarios';
import { startServer, type RunningServer } from '../mock-site/server';

export type { RunningServer } from '../mock-site/server';

export interface SimulatorHandle {
  url: string;
  close: () => Promise<void>;
}

export interface LocalSimulatorOptions {
  /** Settings over the project's config (a test's or a tool's own: a cap, a window, a test hook). */
  settings?: Partial<AppConfig>;
  logger?: Logger;
  /** The simulator's own log level: a consumer shows its own progress, not every request. */
  level?: 'warn' | 'error';
  /** 0 (the default) takes any free port; a restart test reuses one. */
  port?: number;
  host?: string;
  /** The server's own default (mock-site/server.ts) unless given. */
  keepAliveMs?: number;
}

/** The simulator in this process, with the project's config (test hooks included) under `settings`. */
export function startLocalSimulator(options: LocalSimulatorOptions = {}): Promise<RunningServer> {
  const log = (options.logger ?? rootLogger).child({ module: 'sim' }, { level: options.level ?? 'warn' });
  return startServer(
    { config: { ...config, ...options.settings }, logger: log, scenarios: loadScenarios() },
    { port: options.port ?? 0, host: options.host ?? '127.0.0.1', keepAliveMs: options.keepAliveMs },
  );
}

/** A given URL (trailing slash dropped), or a simulator started here. */
export async function startSimulator(url: string | undefined, log: Logger): Promise<SimulatorHandle> {
  if (url) return { url: url.replace(/\/$/, ''), close: async () => {} };
  return startLocalSimulator({ logger: log });
}

/**
 * The rules a simulator started with these settings plays by default: its
 * edition (POLICY_EDITION, or the one named), with the settings' numbers
 * over the edition's own. The guide check and the illustrated guide compare
 * the guide's numbers with these.
 */
export function siteEdition(settings: AppConfig = config, name: EditionName = settings.POLICY_EDITION): Edition {
  return editionWith(name, overridesFrom(settings));
}
