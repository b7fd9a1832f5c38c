/**
 * A person leaves the dispute page open until the session expires, then
 * clicks « Annuler la demande »: a French « Session expirée » page, nothing
 * changed, and reloading starts a fresh session. The server's clock for
 * expiry is injected, so the test moves time instead of waiting for it.
 */
import { test, expect } from '../../fixtures/test';
import { SimClient } from '../../harness/sim-client';
import { config } from '../../lib/config';
import { logger } from '../../lib/logger';
import { labels } from '../../flows/scenario-facts';
import { loadScenarios } from '../../mock-site/scenarios';
import { startServer } from '../../mock-site/server';

test('an expired session: the click is refused in French and the dispute is untouched', async ({ browser }) => {
  const clock = { ms: Date.now() };
  const server = await startServer(
    { config, logger: logger.child({ module: 'sim' }, { level: 'warn' }), scenarios: loadScenarios(), realNow: () => clock.ms },
    { port: 0, host: '127.0.0.1' },
  );
  const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  try {
    const page = await context.newPage();
    const { sessionId } = await new SimClient(context.request).start('litige-en-attente');
    await page.goto('/litiges/LT-5021934');
    const session = server.store.get(sessionId);
    expect(session?.state.disputes[0]?.status).toBe('awaiting_seller');

    clock.ms += config.SESSION_TTL_MINUTES * 60_000 + 1;
    await page.getByRole('button', { name: labels.cancelRequest }).click();
    await expect(page.getByRole('heading', { name: 'Session expirée' })).toBeVisible();
    await expect(page.getByText("Votre session a expiré ou n'existe pas : rien n'a été modifié.", { exact: false })).toBeVisible();
    expect(session?.state.disputes[0]?.status).toBe('awaiting_seller');
    expect(server.store.size).toBe(0);

    // « Rechargez la page »: a fresh session on the default scenario, its dispute still waiting.
    await page.goto('/litiges/LT-5021934');
    await expect(page.getByRole('button', { name: labels.cancelRequest })).toBeVisible();
    const cookie = (await context.cookies()).find((c) => c.name === 'sim_session');
    expect(cookie?.value).not.toBe(sessionId);
    expect(server.store.size).toBe(1);
  } finally {
    await context.close();
    await server.close();
  }
});
