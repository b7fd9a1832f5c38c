/**
 * Session seeding measured on its own, against the simulator in-process as a
 * test worker runs it, no tracing: SimClient.start (POST /__sim/sessions)
 * - from a browser-less request context (the `api` fixture): seeding itself;
 * - from a browser context's request (the `sim` fixture, page.request), which
 *   also reads and writes the browser's cookies: what the suite's tests use.
 * Next to what a test pays for it in the suite (suite-reporter.ts).
 */
import { request, type APIRequestContext } from 'playwright';
import { SimClient } from '../../harness/sim-client';
import { startLocalSimulator } from '../../harness/simulator';
import { BENCH_SCENARIO } from './bench-scenario';
import { launchBrowser, surfaceContext } from './browser-setup';
import { median } from '../stats';

async function timeStarts(api: APIRequestContext, calls: number): Promise<number> {
  const sim = new SimClient(api);
  for (let i = 0; i < 10; i++) await sim.start(BENCH_SCENARIO); // warm-up
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    await sim.start(BENCH_SCENARIO);
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function seedingMs(calls = 50): Promise<{ alone: number; browserContext: number }> {
  const server = await startLocalSimulator();
  const api = await request.newContext({ baseURL: server.url });
  const browser = await launchBrowser();
  try {
    const context = await surfaceContext(browser, 'web', server.url);
    return { alone: await timeStarts(api, calls), browserContext: await timeStarts(context.request, calls) };
  } finally {
    await browser.close();
    await api.dispose();
    await server.close();
  }
}
