/**
 * The safe run trusts the flows' `irreversible` marks: a step that changes
 * something and is left unmarked would be played on a real account. So every
 * flow, on its own surface, is played in full while each request the page
 * sends is tied to the step that sent it: a step sends a POST exactly when it
 * is marked irreversible. A new flow (a new policy edition) is held to it too.
 */
import { test, expect } from '../../fixtures/test';
import { flows } from '../../flows/index';
import { runFlow } from '../../flows/runner';
import { SimClient } from '../../harness/sim-client';
import { contextOptions } from '../../harness/surfaces';

for (const flow of flows.values()) {
  test(`${flow.id}: a step posts exactly when it is marked irreversible`, async ({ browser, simulator }) => {
    const context = await browser.newContext(contextOptions(flow.surface, { baseURL: simulator.url }));
    const page = await context.newPage();
    let current = '(avant la première étape)';
    const posted = new Set<string>();
    page.on('request', (request) => {
      if (request.method() !== 'GET' && request.method() !== 'HEAD') posted.add(current);
    });
    await runFlow(flow, page, new SimClient(page.request), {
      beforeAction: async (info) => {
        current = info.step.id;
      },
    });
    await context.close();
    expect([...posted]).toEqual(flow.steps.filter((step) => step.irreversible).map((step) => step.id));
  });
}
