/**
 * The guide's main procedure, declared for whatever surface and device the
 * caller's project or describe sets: tests/surfaces and tests/aria declare
 * them for web and the Pixel, tests/app/second-phone.spec.ts for the iPhone.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../../fixtures/test';
import { mainFlows } from '../../flows/index';
import { locate } from '../../flows/locate';
import type { StepInfo } from '../../flows/runner';
import { labels } from '../../flows/scenario-facts';
import { paths, type Surface } from '../../harness/surfaces';

function mainFlowOf(surface: Surface) {
  const flow = mainFlows.find((f) => f.surface === surface);
  if (!flow) throw new Error(`no main flow for the ${surface} surface`);
  return flow;
}

/** The home page in French with « Compte » on it, then the whole procedure, step by step. */
export function mainFlowTests(): void {
  test('the site opens in French and shows « Compte »', async ({ page, sim, surface }) => {
    await sim.start('litige-en-attente');
    await page.goto(paths.home(surface));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const account =
      surface === 'app'
        ? page.getByRole('navigation', { name: 'Onglets' }).getByRole('link', { name: labels.account })
        : page.getByRole('button', { name: labels.account });
    await expect(account).toBeVisible();
  });

  test('cancelling a dispute follows the guide, step by step', async ({ runFlow, surface, sim }) => {
    await runFlow(mainFlowOf(surface));
    const state = await sim.state();
    expect(state.disputes.map((d) => d.status)).toEqual(['cancelled']);
  });
}

/**
 * The nearest landmark or named section around the target: what a screen
 * reader user would call "where the button is". Unnamed wrappers are skipped.
 */
const REGION =
  'xpath=ancestor::*[self::header or self::nav or self::main or self::footer or self::aside or self::dialog or self::article' +
  ' or self::section[@aria-label or @aria-labelledby] or self::form[@aria-label or @aria-labelledby] or @role="region" or @role="dialog"][1]';

function regionOf(page: Page, info: StepInfo): Locator {
  // A step with nothing to act on (the closing message) is about the whole page's content.
  return info.step.target ? locate(page, info.step.target).locator(REGION) : page.getByRole('main');
}

/**
 * One file per step, named after the flow and the step, in tests/aria/snapshots (the config's
 * toMatchAriaSnapshot.pathTemplate): every test and device of the same surface compares with the same file.
 */
function snapshotName(info: StepInfo): string {
  return `${info.flow.id}-${String(info.number).padStart(2, '0')}-${info.step.id}.aria.yml`;
}

/** At each step, the region the step acts on against its aria snapshot, just before it acts. */
export function ariaSnapshotTest(): void {
  test('each step of the procedure acts on the structure its snapshot records', async ({ runFlow, surface }) => {
    await runFlow(mainFlowOf(surface), {
      // Soft: every step's region is compared in one run, each drift reported with its full diff.
      beforeAction: async (info, page) => {
        await expect
          .soft(regionOf(page, info), `structure autour de l'étape ${info.number} « ${info.sentence} »`)
          .toMatchAriaSnapshot({ name: snapshotName(info) });
      },
    });
  });
}
