/**
 * The simulator goes away in the middle of a walkthrough: stopped (the
 * connection is refused) or restarted (its memory, and so the session, is
 * gone). Either way the run fails at the step where it happened, saying why,
 * in French, and nothing is half-done.
 */
import type { Browser } from '@playwright/test';
import { test, expect } from '../../fixtures/test';
import { SimClient } from '../../harness/sim-client';
import { startLocalSimulator, type RunningServer } from '../../harness/simulator';
import { contextOptions } from '../../harness/surfaces';
import { annulerLitigeWeb } from '../../flows/annuler-litige-web';
import { loadGuideText } from '../../flows/guide-text';
import { FlowStepError, runFlow, type StepInfo } from '../../flows/runner';
import { shortWaitAt } from '../helpers/timeouts';

const { sentenceOf } = loadGuideText();
const cancelStep = annulerLitigeWeb.steps.find((step) => step.id === 'annuler-la-demande');
const cancelSentence = cancelStep ? sentenceOf(annulerLitigeWeb, cancelStep) : undefined;

function start(port = 0): Promise<RunningServer> {
  return startLocalSimulator({ port });
}

/** Runs the main web flow against `server`, calling `interrupt` just before the cancel click. */
async function runInterrupted(browser: Browser, server: RunningServer, interrupt: () => Promise<void>) {
  const context = await browser.newContext(contextOptions('web', { baseURL: server.url }));
  const page = await context.newPage();
  const error = await runFlow(annulerLitigeWeb, page, new SimClient(context.request), {
    sentenceOf,
    stepTimeoutMs: shortWaitAt('annuler-la-demande'),
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
    // The guide's own sentence for the step, as the person reads it.
    expect(cancelSentence).toContain('« Annuler la demande »');
    expect(stepError.message).toContain(`Étape 5/6 (site web) « ${cancelSentence} »`);
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
