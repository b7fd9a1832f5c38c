/**
 * Figure 1, flow overhead: each main flow through our runner (no hooks) vs
 * the bare Playwright script of bare-flows.ts, in the same browser, each run
 * in a fresh context built the same way. Timed from seeding to the final
 * text; context creation and closing are outside the timing (identical for
 * both). A and B alternate their order from run to run, and the figure is the
 * median of the per-run ratios, so machine noise hits both sides alike.
 * Measured twice: as the machine is, then with every core kept busy.
 */
import { cpus } from 'node:os';
import type { Browser } from 'playwright';
import { mainFlows } from '../../flows/index';
import { runFlow } from '../../flows/runner';
import type { Flow } from '../../flows/types';
import { SimClient } from '../../harness/sim-client';
import { startLocalSimulator } from '../../harness/simulator';
import { bareFlows } from './bare-flows';
import { launchBrowser, surfaceContext } from './browser-setup';
import { figure, type Figure } from './report';
import { since } from '../stats';
import { startChild, stopChild } from './children';

type Variant = 'runner' | 'bare';

async function timeOnce(browser: Browser, baseURL: string, flow: Flow, variant: Variant): Promise<number> {
  const context = await surfaceContext(browser, flow.surface, baseURL);
  try {
    const page = await context.newPage();
    const bare = bareFlows[flow.id];
    if (!bare) throw new Error(`pas de script Playwright seul pour le parcours ${flow.id}`);
    const start = performance.now();
    if (variant === 'runner') await runFlow(flow, page, new SimClient(context.request));
    else await bare(page, context.request);
    return since(start);
  } finally {
    await context.close();
  }
}

/**
 * "Under load": one busy process per core, as when the suite's other worker,
 * a build or a second session share the machine. Both variants meet the same load.
 */
async function underLoad<T>(work: () => Promise<T>): Promise<T> {
  const spinners = cpus().map(() => startChild(process.execPath, ['-e', 'for (;;);'], { stdio: 'ignore' }));
  try {
    return await work();
  } finally {
    await Promise.all(spinners.map((child) => stopChild(child)));
  }
}

export async function benchFlows(settings: { runs: number }): Promise<Figure[]> {
  // The simulator in-process, as each test worker runs it.
  const server = await startLocalSimulator();
  const browser = await launchBrowser();
  try {
    const quiet = await compareFlows(browser, server.url, settings.runs, '');
    const loaded = await underLoad(() => compareFlows(browser, server.url, settings.runs, ', sous charge'));
    return [...quiet, ...loaded];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Each main flow, runner against bare Playwright, `runs` times in alternating order after one warm-up each. */
async function compareFlows(browser: Browser, url: string, runs: number, condition: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const flow of mainFlows) {
    // One warm-up of each: the first page of a context pays for compiling the stylesheet and code caches.
    await timeOnce(browser, url, flow, 'runner');
    await timeOnce(browser, url, flow, 'bare');
    const times: Record<Variant, number[]> = { runner: [], bare: [] };
    const ratios: number[] = [];
    for (let run = 0; run < runs; run++) {
      const order: Variant[] = run % 2 === 0 ? ['runner', 'bare'] : ['bare', 'runner'];
      const measured: Partial<Record<Variant, number>> = {};
      for (const variant of order) measured[variant] = await timeOnce(browser, url, flow, variant);
      times.runner.push(measured.runner ?? Number.NaN);
      times.bare.push(measured.bare ?? Number.NaN);
      ratios.push((measured.runner ?? Number.NaN) / (measured.bare ?? Number.NaN));
    }
    figures.push(
      figure('flows', `${flow.id} : runner / Playwright seul${condition}`, '×', ratios, { kind: 'max', value: 1.1 }),
      figure('flows', `${flow.id} : runner${condition}`, 'ms', times.runner),
      figure('flows', `${flow.id} : Playwright seul${condition}`, 'ms', times.bare),
    );
  }
  return figures;
}
