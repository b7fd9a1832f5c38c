/**
 * The real simulator in-process (createApp + app.request), with a captured
 * pino logger and a one-cookie jar: fast enough for property tests and able
 * to assert that nothing was logged at error level.
 */
import pino from 'pino';
import { config, type AppConfig } from '../../lib/config';
import { createApp } from '../../mock-site/app';
import type { EditionName } from '../../mock-site/domain/editions/index';
import { loadScenarios } from '../../mock-site/scenarios';

const scenarios = loadScenarios();
export const scenarioNames = [...scenarios.keys()];

export interface LogLine {
  level: number;
  msg?: string;
  [key: string]: unknown;
}

/** pino's level number for `error`: anything at or above it is an unexpected failure. */
export const ERROR_LEVEL = 50;

export function inProcess(settings: Partial<AppConfig> = {}) {
  const logs: LogLine[] = [];
  // Warnings and errors only: what the tests assert on (errorLogs). Parsing every request's
  // trace line was a third of the property tests' time.
  const logger = pino({ level: 'warn' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
  const built = createApp({ config: { ...config, ...settings }, logger, scenarios });
  let cookie: string | undefined;

  async function request(method: string, path: string, init: { headers?: Record<string, string>; body?: BodyInit } = {}) {
    const headers = new Headers(init.headers);
    if (cookie && !headers.has('cookie')) headers.set('cookie', cookie);
    const res = await built.app.request(`http://127.0.0.1${path}`, { method, headers, body: init.body });
    const set = res.headers.get('set-cookie')?.match(/sim_session=[^;]+/)?.[0];
    if (set) cookie = set;
    return res;
  }

  return {
    ...built,
    logs,
    errorLogs: () => logs.filter((l) => l.level >= ERROR_LEVEL),
    request,
    get: (path: string, headers?: Record<string, string>) => request('GET', path, { headers }),
    /** A program's JSON POST (no Origin, like Playwright's request context). */
    post: async (path: string, data: unknown, headers: Record<string, string> = {}) =>
      request('POST', path, { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(data) }),
    forgetCookie: () => (cookie = undefined),
    get cookie() {
      return cookie;
    },
    /** A session on a scenario, in an edition of the rules (none: the server's default, POLICY_EDITION). */
    async start(scenario: string, edition?: EditionName): Promise<{ csrfToken: string; sessionId: string }> {
      const res = await this.post('/__sim/sessions', edition ? { scenario, edition } : { scenario });
      if (res.status !== 201) throw new Error(`start ${scenario} → ${res.status} ${await res.text()}`);
      return (await res.json()) as { csrfToken: string; sessionId: string };
    },
    /** The shop part of /__sim/state, with the session's edition: what a refused request must leave alone. */
    async shopState(): Promise<{
      edition: EditionName;
      now: string;
      orders: unknown[];
      disputes: { id: string; status: string; messages: unknown[] }[];
      faults: unknown;
    }> {
      const res = await this.get('/__sim/state');
      if (res.status !== 200) throw new Error(`state → ${res.status} ${await res.text()}`);
      const { edition, now, orders, disputes, faults } = (await res.json()) as Awaited<ReturnType<typeof this.shopState>>;
      return { edition, now, orders, disputes, faults };
    },
  };
}

export type InProcess = ReturnType<typeof inProcess>;
