/**
 * The main flows as a person would script them with bare Playwright: seed,
 * open the start page, the same clicks or taps on the same elements (by role
 * and name), then wait for the same final text. No visibility, placement or
 * state checks: this is the floor the runner's overhead is measured against.
 */
import type { APIRequestContext, Page } from 'playwright';
import { DISPUTED_ORDER_TITLE, labels } from '../../flows/scenario-facts';

export type BareFlow = (page: Page, request: APIRequestContext) => Promise<void>;

async function seed(request: APIRequestContext, scenario: string): Promise<void> {
  const response = await request.post('/__sim/sessions', { data: { scenario } });
  if (response.status() !== 201) throw new Error(`POST /__sim/sessions → ${response.status()}`);
}

const web: BareFlow = async (page, request) => {
  await seed(request, 'litige-en-attente');
  await page.goto('/');
  await page.getByRole('button', { name: labels.account, exact: true }).click();
  await page.getByRole('link', { name: labels.myOrders, exact: true }).click();
  await page
    .getByRole('article', { name: DISPUTED_ORDER_TITLE, exact: true })
    .getByRole('link', { name: labels.orderDetails, exact: true })
    .click();
  await page.getByRole('link', { name: labels.disputeInProgress, exact: true }).click();
  await page.getByRole('button', { name: labels.cancelRequest, exact: true }).click();
  await page.getByText(labels.cancelled, { exact: true }).first().waitFor();
};

const app: BareFlow = async (page, request) => {
  await seed(request, 'litige-en-attente');
  await page.goto('/app');
  await page.getByRole('navigation', { name: 'Onglets' }).getByRole('link', { name: labels.account, exact: true }).tap();
  await page.getByRole('link', { name: labels.orders, exact: true }).tap();
  await page.getByRole('link', { name: new RegExp(`^${DISPUTED_ORDER_TITLE}`) }).tap();
  await page.getByRole('link', { name: labels.disputeInProgress, exact: true }).tap();
  await page.getByRole('button', { name: labels.cancelRequest, exact: true }).tap();
  await page.getByRole('dialog').getByRole('button', { name: labels.confirmCancel, exact: true }).tap();
  await page.getByText(labels.cancelled, { exact: true }).first().waitFor();
};

/** By flow id (flows/index.ts mainFlows). */
export const bareFlows: Readonly<Record<string, BareFlow>> = {
  'annuler-litige-web': web,
  'annuler-litige-app': app,
};
