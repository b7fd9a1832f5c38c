/**
 * A step's expectations are checked together (flows/runner.ts checkAll), but
 * what must be absent is judged on the page the others showed, never on the
 * one the action left. Pages written here, served on a made-up address.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../../fixtures/test';
import { FlowStepError, runFlow } from '../../flows/runner';
import { defineFlow, type Expectation } from '../../flows/types';

const START = 'http://pages.test/';

/** A page whose « Continuer » button replaces it, after a moment, with the next page's `html`. */
async function serveTwoPages(page: Page, next: string): Promise<void> {
  const first =
    '<main><h1>Avant</h1><button id="suite">Continuer</button></main><script>' +
    `document.getElementById('suite').onclick = () => setTimeout(() => { document.body.innerHTML = ${JSON.stringify(next)}; }, 300);` +
    '</script>';
  await page.route(START, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: first }));
}

const oneStep = (expect: Expectation[]) =>
  defineFlow({
    id: 'essai',
    title: 'Essai',
    surface: 'web',
    scenario: 'aucun',
    start: START,
    steps: [{ id: 'continuer', target: { role: 'button', name: 'Continuer' }, action: 'click', expect }],
  });

async function failureOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FlowStepError);
  return (error as FlowStepError).message;
}

test('what must be absent is checked on the new page, once what must show has shown', async ({ page }) => {
  // « Interdit » is absent from the page the click leaves and present on the next one: the step must fail.
  await serveTwoPages(page, '<main><h1>Après</h1><button>Interdit</button></main>');
  const flow = oneStep([
    { kind: 'heading', name: 'Après' },
    { kind: 'absent', target: { role: 'button', name: 'Interdit' } },
  ]);
  expect(await failureOf(runFlow(flow, page, null, { stepTimeoutMs: 2_000 }))).toContain('« Interdit » ne doit pas être proposé');
});
