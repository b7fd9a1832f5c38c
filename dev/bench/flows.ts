/**
 * Figure 1, flow overhead: each main flow through our runner (no hooks) vs
 * the bare Playwright script of bare-flows.ts, in the same browser, each run
 * in a fresh context built the same way. Timed from seeding to the final
 * text; context creation and closing are outside the timing (identical for
 * both). The variants rotate their order from run to run, and the figure is
 * the median of the per-run ratios, so machine noise hits every side alike.
 * A third variant, bare Playwright checking the runner's placements, tells
 * the cost of those checks from the runner's own.
 * Measured twice: as the machine is, then with every core kept busy.
 */
import { cpus } from 'node:os';
import type { Browser } from 'playwright';
import { mainFlows } from '../../flows/index';
import { expectPlacement } from '../../flows/placement';
import { runFlow } from '../../flows/runner';
import type { Flow } from '../../flows/types';
import { SimClient } from '../../harness/sim-client';
import { startLocalSimulator } from '../../harness/simulator';
import { bareFlows } from './bare-flows';
import { launchBrowser, surfaceContext } from './browser-setup';
import { figure, type Figure } from './report';
import { since } from '../stats';
import { startChild, stopChild } from './children';

/** The runner; bare Playwright; bare Playwright checking the same placements as the runner. */
type Variant = 'runner' | 'bare' | 'placed';
const variantNames: Record<Variant, string> = {
  runner: 'runner',
  bare: 'Playwright seul',
  placed: 'Playwright seul vérifiant les mêmes positions',
};
const variants = Object.keys(variantNames) as Variant[];

async function timeOnce(browser: Browser, baseURL: string, flow: Flow, variant: Variant): Promise<number> {
  const context = await surfaceContext(browser, flow.surface, baseURL);
  try {
    const page = await context.newPage();
    const bare = bareFlows[flow.id];
    if (!bare) throw new Error(`pas de script Playwright seul pour le parcours ${flow.id}`);
    const start = performance.now();
    if (variant === 'runner') await runFlow(flow, page, new SimClient(context.request));
    else await bare(page, context.request, variant === 'placed' ? expectPlacement : undefined);
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

/**
 * Each main flow, runner against bare Playwright (and bare Playwright with the
 * runner's placement checks), `runs` times after one warm-up each; the order
 * of the three rotates from run to run.
 */
async function compareFlows(browser: Browser, url: string, runs: number, condition: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const flow of mainFlows) {
    // One warm-up of each: the first page of a context pays for compiling the stylesheet and code caches.
    for (const variant of variants) await timeOnce(browser, url, flow, variant);
    const times: Record<Variant, number[]> = { runner: [], bare: [], placed: [] };
    for (let run = 0; run < runs; run++) {
      const order = [...variants.slice(run % variants.length), ...variants.slice(0, run % variants.length)];
      for (const variant of order) times[variant].push(await timeOnce(browser, url, flow, variant));
    }
    const ratioName = (over: Variant) => `${flow.id} : runner / ${variantNames[over]}${condition}`;
    const ratios = (over: Variant) => times.runner.map((ms, run) => ms / (times[over][run] ?? Number.NaN));
    figures.push(
      figure('flows', ratioName('bare'), '×', ratios('bare'), { kind: 'max', value: 1.1 }),
      // Not a target: what is left of the overhead once bare Playwright checks the same placements.
      figure('flows', ratioName('placed'), '×', ratios('placed')),
      ...variants.map((variant) => figure('flows', `${flow.id} : ${variantNames[variant]}${condition}`, 'ms', times[variant])),
    );
  }
  return figures;
}
