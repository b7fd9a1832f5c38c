/**
 * The simulator goes away in the middle of a walkthrough: stopped (the
 * connection is refused) or restarted (its memory, and so the session, is
 * gone). Either way the run fails at the step where it happened, saying why,
 * in French, and nothing is half-done.
 */
import type { Browser } from '@playwright/test';
import { test, expect } from '../../fixtures/test';
import { SimClient } from '../../harness/sim-client';
import { config } from '../../lib/config';
import { logger } from '../../lib/logger';
import { annulerLitigeWeb } from '../../flows/annuler-litige-web';
import { FlowStepError, runFlow, type StepInfo } from '../../flows/runner';
import { loadScenarios } from '../../mock-site/scenarios';
import { startServer, type RunningServer } from '../../mock-site/server';
import { FAILING_RUN_STEP_TIMEOUT_MS } from '../helpers/timeouts';

const scenarios = loadScenarios();
const simLogger = logger.child({ module: 'sim' }, { level: 'warn' });

function start(port = 0): Promise<RunningServer> {
  return startServer({ config, logger: simLogger, scenarios }, { port, host: '127.0.0.1' });
}

/** Runs the main web flow against `server`, calling `interrupt` just before the cancel click. */
async function runInterrupted(browser: Browser, server: RunningServer, interrupt: () => Promise<void>) {
  const context = await browser.newContext({ baseURL: server.url, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  const error = await runFlow(annulerLitigeWeb, page, new SimClient(context.request), {
    stepTimeoutMs: FAILING_RUN_STEP_TIMEOUT_MS,
    beforeAction: async (info: StepInfo) => {
      if (info.step.id === 'annuler-la-demande') await interrupt();
    },
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, page, context };
}

test('the server stops before « Annuler la demande »: the step says the simulator no longer answers', async ({ browser }) => {
  const server = await start();
  const { error, context } = await runInterrupted(browser, server, () => server.close());
  try {
    expect(error).toBeInstanceOf(FlowStepError);
    const stepError = error as FlowStepError;
    expect(stepError.info.step.id).toBe('annuler-la-demande');
    expect(stepError.message).toContain('Étape 5/6 (site web) « Tout en bas du dossier, cliquez sur « Annuler la demande »');
    expect(stepError.message).toContain('Le simulateur ne répond plus (connexion refusée)');
  } finally {
    await context.close();
  }
});

test('the server restarts before « Annuler la demande »: the session is gone, the person is told, nothing changed', async ({ browser }) => {
  const first = await start();
  let second: RunningServer | undefined;
  const { error, page, context } = await runInterrupted(browser, first, async () => {
    await first.close();
    second = await start(first.port);
  });
  try {
    expect(error).toBeInstanceOf(FlowStepError);
    expect((error as FlowStepError).info.step.id).toBe('annuler-la-demande');
    await expect(page.getByRole('heading', { name: 'Session expirée' })).toBeVisible();
    await expect(page.getByText("Votre session a expiré ou n'existe pas : rien n'a été modifié.", { exact: false })).toBeVisible();
    // The restarted server created no session for the refused POST.
    expect(second?.store.size).toBe(0);
  } finally {
    await context.close();
    await second?.close();
  }
});
