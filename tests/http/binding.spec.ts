/** The simulator is private to this machine unless a person opens it: HOST defaults to loopback. */
import { test, expect } from '../../fixtures/test';
import { parseConfig } from '../../lib/config';
import { logger } from '../../lib/logger';
import { loadScenarios } from '../../mock-site/scenarios';
import { startServer } from '../../mock-site/server';

test('with no HOST set, the server listens on 127.0.0.1 only', async () => {
  const defaults = parseConfig({});
  expect(defaults.HOST).toBe('127.0.0.1');
  const server = await startServer(
    { config: defaults, logger: logger.child({ module: 'sim' }, { level: 'warn' }), scenarios: loadScenarios() },
    { port: 0, host: defaults.HOST },
  );
  try {
    // The URL is built from the socket's own address, not from the setting.
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const res = await fetch(`${server.url}/__sim/scenarios`);
    expect(res.status).toBe(200);
  } finally {
    await server.close();
  }
});
