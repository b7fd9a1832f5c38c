/**
 * The pages axe-core checks, and the check itself; the specs in
 * tests/surfaces, tests/web and tests/app pick the pages of their surface.
 * A failure lists each serious or critical violation with its elements.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from '@playwright/test';
import { test, expect } from '../../fixtures/test';
import type { SimClient } from '../../harness/sim-client';
import { labels } from '../../flows/scenario-facts';
import type { EditionName } from '../../mock-site/domain/editions/index';
import type { Surface } from '../../mock-site/views/props';

export interface Visit {
  name: string;
  scenario: string;
  /** The edition of the rules (mock-site/domain/editions); the server's default when absent. */
  edition?: EditionName;
  /** Under the surface's base ('' or '/app'); /__sim paths are the same on both. */
  path: string;
  /** Brings the open page into the state to check. */
  then?: (page: Page, sim: SimClient, surface: Surface) => Promise<void>;
}

/** Pages both surfaces have. */
export const sharedVisits: Visit[] = [
  { name: 'home', scenario: 'litige-en-attente', path: '/' },
  { name: 'orders, tab « Tout »', scenario: 'litige-en-attente', path: '/commandes?onglet=tout' },
  { name: 'orders, tab « Litiges »', scenario: 'litige-en-attente', path: '/commandes?onglet=litiges' },
  { name: 'order with a dispute', scenario: 'litige-en-attente', path: '/commandes/8203614927510384' },
  { name: 'order with the opening form', scenario: 'litige-en-attente', path: '/commandes/8203614990217753' },
  { name: 'order with a final dispute', scenario: 'litige-resolu', path: '/commandes/8203633348827561' },
  { name: 'dispute awaiting the seller', scenario: 'litige-en-attente', path: '/litiges/LT-5021934' },
  { name: 'dispute refused (evidence form)', scenario: 'vendeur-refuse', path: '/litiges/LT-5023416' },
  { name: 'dispute cancelled (reopen form)', scenario: 'litige-annule', edition: '2016', path: '/litiges/LT-5026871' },
  { name: 'dispute with the cancel warning', scenario: 'vendeur-demande-annulation', path: '/litiges/LT-5025603' },
  { name: 'dispute accepted by the seller', scenario: 'vendeur-accepte', path: '/litiges/LT-5022087' },
  { name: 'dispute resolved', scenario: 'litige-resolu', path: '/litiges/LT-5024758' },
  { name: 'dispute with a seller proposal', scenario: 'vendeur-propose', path: '/litiges/LT-5030101' },
  { name: 'decision open to appeal', scenario: 'decision-appel', path: '/litiges/LT-5030303' },
  { name: 'order of several items, one disputed', scenario: 'commande-plusieurs-articles', path: '/commandes/8203641400058204' },
  { name: 'dispute just cancelled (flash)', scenario: 'litige-en-attente', path: '/litiges/LT-5021934?info=annule' },
  {
    name: '409 refusal page',
    scenario: 'litige-en-attente',
    path: '/litiges/LT-5021934',
    // The open page's form is stale: the dispute was cancelled meanwhile.
    then: async (page, sim, surface) => {
      await sim.post('/litiges/LT-5021934/annuler');
      await page.getByRole('button', { name: labels.cancelRequest }).click();
      if (surface === 'app') await page.getByRole('dialog').getByRole('button', { name: labels.confirmCancel }).click();
      await expect(page.getByRole('heading', { name: 'Action impossible' })).toBeVisible();
    },
  },
  { name: '404 page', scenario: 'litige-en-attente', path: '/nope' },
  { name: 'simulator page', scenario: 'litige-en-attente', path: '/__sim' },
];

/**
 * A test checks several pages, one after the other in its one page, each as a step. A fresh context per page
 * meant a fresh renderer each time: in a warm one the navigation, axe's injection and its analysis take about
 * half as long (README, Performance). Each page still seeds its own scenario, and a page's violations do not
 * stop the test: every page of the group is checked and reported.
 */
const PAGES_PER_TEST = 5;

export function axeTests(visits: Visit[]): void {
  for (let first = 0; first < visits.length; first += PAGES_PER_TEST) {
    const group = visits.slice(first, first + PAGES_PER_TEST);
    test(`axe: ${group.map((visit) => visit.name).join(' · ')}`, async ({ page, sim, surface }) => {
      for (const visit of group) {
        await test.step(visit.name, async () => {
          await sim.start(visit.scenario, visit.edition);
          const base = surface === 'app' && !visit.path.startsWith('/__sim') ? '/app' : '';
          await page.goto(base && visit.path === '/' ? base : `${base}${visit.path}`);
          await visit.then?.(page, sim, surface);
          await expectNoSeriousViolation(page, expect.soft);
        });
      }
    });
  }
}

/**
 * axe-core's minified build, read once per worker. @axe-core/playwright evaluated the full
 * 1.3 MB build twice per check (once to probe, once to inject): 0.75 s a page where axe's own
 * analysis takes 0.2 s. Our pages have no frames, so one injection into the page is all of it.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Fails (or with `expect.soft`, records a failure and goes on) when axe finds a serious or critical violation. */
export async function expectNoSeriousViolation(page: Page, expectation: typeof expect = expect): Promise<void> {
  await page.evaluate(axeSource);
  // Violations only: axe then skips detailing every passing node.
  const options: RunOptions = { resultTypes: ['violations'] };
  const { violations } = await page.evaluate(
    (runOptions) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expectation(report, `violations on ${page.url()}`).toEqual([]);
}
