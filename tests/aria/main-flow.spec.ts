/**
 * The structure around each step of the guide's procedure, as aria snapshots
 * (tests/aria/main-flow.spec.ts-snapshots/*.aria.yml): the region the step
 * acts on, just before it acts. A label check alone misses a button moved
 * out of its section or a menu turned into a page; these catch it.
 *
 * After an intended change of the site, update them with
 *   npx playwright test tests/aria --update-snapshots
 * and review the .aria.yml diff like code.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../../fixtures/test';
import { mainFlows } from '../../flows/index';
import { locate } from '../../flows/locate';
import type { StepInfo } from '../../flows/runner';

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

/** One file per step, named after the flow and the step, shared by every project of the same surface. */
function snapshotName(info: StepInfo): string {
  return `${info.flow.id}-${String(info.number).padStart(2, '0')}-${info.step.id}.aria.yml`;
}

test('each step of the procedure acts on the structure its snapshot records', async ({ runFlow, surface }) => {
  const flow = mainFlows.find((f) => f.surface === surface);
  if (!flow) throw new Error(`no main flow for the ${surface} surface`);
  await runFlow(flow, {
    // Soft: every step's region is compared in one run, each drift reported with its full diff.
    beforeAction: async (info, page) => {
      await expect
        .soft(regionOf(page, info), `structure autour de l'étape ${info.number} « ${info.sentence} »`)
        .toMatchAriaSnapshot({ name: snapshotName(info) });
    },
  });
});
