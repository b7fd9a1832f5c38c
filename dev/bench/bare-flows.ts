/**
 * The main flows as a person would script them with bare Playwright: seed,
 * open the start page, the same clicks or taps on the same elements (by role
 * and name), then wait for the same final text. No visibility, placement or
 * state checks: this is the floor the runner's overhead is measured against.
 * With `place`, the same script also checks where the guide says two of its
 * elements are, as the runner does (flows/placement.ts): what those checks
 * cost, apart from the runner's own overhead.
 */
import type { APIRequestContext, Page } from 'playwright';
import { locate } from '../../flows/locate';
import { DISPUTED_ORDER_TITLE, labels } from '../../flows/scenario-facts';
import type { Placement, Target } from '../../flows/types';

/** Checks a visible element's placement (the runner's expectPlacement); none when absent. */
export type Place = (page: Page, target: Target, placement: Placement) => Promise<void>;
export type BareFlow = (page: Page, request: APIRequestContext, place?: Place) => Promise<void>;

/** Clicks or taps an element found by role and exact name (flows/locate.ts), checking its placement first when asked. */
async function act(page: Page, target: Target, how: 'click' | 'tap', placement: Placement, place?: Place): Promise<void> {
  const located = locate(page, target);
  if (place) {
    await located.waitFor();
    await place(page, target, placement);
  }
  await (how === 'click' ? located.click() : located.tap());
}

async function seed(request: APIRequestContext, scenario: string): Promise<void> {
  const response = await request.post('/__sim/sessions', { data: { scenario } });
  if (response.status() !== 201) throw new Error(`POST /__sim/sessions → ${response.status()}`);
}

const web: BareFlow = async (page, request, place) => {
  await seed(request, 'litige-en-attente');
  await page.goto('/');
  await act(page, { role: 'button', name: labels.account }, 'click', 'top-right', place);
  await page.getByRole('link', { name: labels.myOrders, exact: true }).click();
  await page
    .getByRole('article', { name: DISPUTED_ORDER_TITLE, exact: true })
    .getByRole('link', { name: labels.orderDetails, exact: true })
    .click();
  await page.getByRole('link', { name: labels.disputeInProgress, exact: true }).click();
  await act(page, { role: 'button', name: labels.cancelRequest }, 'click', 'page-bottom', place);
  await page.getByText(labels.cancelled, { exact: true }).first().waitFor();
};

const app: BareFlow = async (page, request, place) => {
  await seed(request, 'litige-en-attente');
  await page.goto('/app');
  const accountTab: Target = { role: 'link', name: labels.account, within: { role: 'navigation', name: 'Onglets' } };
  await act(page, accountTab, 'tap', 'bottom-bar-rightmost', place);
  await page.getByRole('link', { name: labels.orders, exact: true }).tap();
  await page.getByRole('link', { name: new RegExp(`^${DISPUTED_ORDER_TITLE}`) }).tap();
  await page.getByRole('link', { name: labels.disputeInProgress, exact: true }).tap();
  await act(page, { role: 'button', name: labels.cancelRequest }, 'tap', 'page-bottom', place);
  await page.getByRole('dialog').getByRole('button', { name: labels.confirmCancel, exact: true }).tap();
  await page.getByText(labels.cancelled, { exact: true }).first().waitFor();
};

/** By flow id (flows/index.ts mainFlows). */
export const bareFlows: Readonly<Record<string, BareFlow>> = {
  'annuler-litige-web': web,
  'annuler-litige-app': app,
};
