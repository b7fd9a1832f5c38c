/**
 * Replays flows in a real browser, step by step: the simulator in-process (or
 * --url), one context per flow (desktop or phone), captions and highlights
 * when someone watches, pacing, video and trace on request. Returns what
 * happened to every step; never throws for a failed step.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import type { Logger } from '../../lib/logger';
import { flows } from '../../flows/index';
import { locate } from '../../flows/locate';
import { FlowStepError, runFlow, type RunHooks, type StepInfo } from '../../flows/runner';
import type { Flow } from '../../flows/types';
import { SimClient } from '../../harness/sim-client';
import { loadGuideText } from '../../flows/guide-text';
import { withChromium, type BrowserChoice } from '../../harness/browser';
import { announceFlow, showStep } from './decorations';
import type { WalkthroughOptions } from './options';
import { preparePractice } from './practice';
import { startSimulator, type SimulatorHandle } from '../../harness/simulator';
import { contextOptions } from '../../harness/surfaces';
import { refuseWrites } from '../../harness/read-only';
import { saveTrace, startVideo } from './artifacts';

export interface StepResult {
  flowId: string;
  stepId: string;
  number: number;
  total: number;
  sentence: string;
  ok: boolean;
  ms: number;
}

export type StepRef = Omit<StepResult, 'ok' | 'ms'>;

export interface WalkthroughResult {
  ok: boolean;
  steps: StepResult[];
  /** Safe run: per flow, the irreversible step it stopped before (never acted on). */
  stoppedBefore: StepRef[];
  /** Safe run: requests other than GET/HEAD the browser refused (a step that should be marked irreversible). */
  refusedWrites: string[];
  failures: { flowId: string; stepId: string; message: string; screenshot?: string }[];
  artifacts: string[];
  simulatorUrl: string;
}

/** A browser given (npm start's, shared with the guide build) is used as it is and left open; otherwise one is launched and closed. */
export type PlayDeps = BrowserChoice & {
  log: Logger;
  /** Waits for the person before each step (--step). */
  waitForPerson?: (info: StepInfo) => Promise<void>;
  /** Sees each flow's browser context before its first page (a test records every request). */
  observe?: (context: BrowserContext) => void;
};

export async function playWalkthrough(options: WalkthroughOptions, deps: PlayDeps): Promise<WalkthroughResult> {
  const simulator = await startSimulator(options.url, deps.log);
  const result: WalkthroughResult = {
    ok: true,
    steps: [],
    stoppedBefore: [],
    refusedWrites: [],
    failures: [],
    artifacts: [],
    simulatorUrl: simulator.url,
  };
  try {
    await mkdir(options.outDir, { recursive: true });
    await withChromium(deps, options.headed ? 'headed' : 'headless', async (browser) => {
      for (const id of options.flowIds) {
        const flow = flows.get(id);
        // A rule flow keeps its own edition; the main flows play the one asked for.
        if (flow) await playFlow({ edition: options.edition, ...flow }, browser, simulator, options, deps, result);
      }
    });
  } finally {
    await simulator.close();
  }
  result.ok = result.failures.length === 0 && result.refusedWrites.length === 0;
  return result;
}

async function playFlow(
  flow: Flow,
  browser: Browser,
  simulator: SimulatorHandle,
  options: WalkthroughOptions,
  deps: PlayDeps,
  result: WalkthroughResult,
) {
  const log = deps.log.child({ flow: flow.id });
  const context = await browser.newContext(
    contextOptions(flow.surface, { baseURL: simulator.url, bypassCSP: true, storageState: options.storageState }),
  );
  deps.observe?.(context);
  if (options.safe)
    await refuseWrites(context, (method, url) => {
      result.refusedWrites.push(`${method} ${url}`);
      log.error(`  ✗ requête ${method} ${url} refusée : la visite sans risque n'envoie rien`);
    });
  const page = await context.newPage();
  const watched = options.headed || options.record;
  const stopRecording = options.record ? await startVideo(page, join(options.outDir, `${flow.id}.webm`), log, result) : undefined;
  if (options.trace) await context.tracing.start({ screenshots: true, snapshots: true, title: flow.title });
  log.info(`▶ ${flow.title} (${flow.steps.length} étapes)`);
  try {
    if (watched) await announceFlow(page, flow.title, flow.steps.length);
    const practice = options.practice
      ? await preparePractice(page, (info, label) => log.warn(`  ✗ pas ici : « ${label} » — réessayez (étape ${info.number})`))
      : undefined;
    // A safe run on a given site is read-only: that site is not ours to seed (it may be a real account).
    const sim = options.safe && options.url ? null : new SimClient(context.request);
    const outcome = await runFlow(flow, page, sim, hooksFor(page, options, deps, result, log, watched, practice));
    if (outcome.stoppedBefore) reportStop(outcome.stoppedBefore, result, log);
  } catch (error) {
    await recordFailure(error, flow, page, options, result, log);
  } finally {
    await stopRecording?.();
    if (options.trace) await saveTrace(context, join(options.outDir, `${flow.id}-trace.zip`), result);
    await context.close();
  }
}

function hooksFor(
  page: Page,
  options: WalkthroughOptions,
  deps: PlayDeps,
  result: WalkthroughResult,
  log: Logger,
  watched: boolean,
  act: RunHooks['act'],
): RunHooks {
  let hide: (() => Promise<void>) | undefined;
  let started = 0;
  return {
    act,
    sentenceOf: loadGuideText(options.guide).sentenceOf,
    stepTimeoutMs: options.stepTimeoutMs,
    safe: options.safe,
    beforeAction: async (info) => {
      started = performance.now();
      log.info(`  Étape ${info.number}/${info.total} — ${info.sentence}`);
      if (watched && !options.practice) hide = await showStep(page, info, info.step.target && locate(page, info.step.target));
      if (options.step) await deps.waitForPerson?.(info);
      if (options.pace > 0) await new Promise((resolve) => setTimeout(resolve, options.pace));
    },
    afterStep: async (info) => {
      await hide?.();
      hide = undefined;
      const ms = Math.round(performance.now() - started);
      result.steps.push({
        flowId: info.flow.id,
        stepId: info.step.id,
        number: info.number,
        total: info.total,
        sentence: info.sentence,
        ok: true,
        ms,
      });
      log.info(`  ✓ étape ${info.number}/${info.total} (${ms} ms)`);
    },
  };
}

function reportStop(info: StepInfo, result: WalkthroughResult, log: Logger): void {
  const { flow, step, number, total, sentence } = info;
  result.stoppedBefore.push({ flowId: flow.id, stepId: step.id, number, total, sentence });
  log.info(`  ■ Arrêt avant l'étape ${number}/${total} — « ${sentence} » : elle est irréversible, la visite sans risque ne la fait pas.`);
}

async function recordFailure(error: unknown, flow: Flow, page: Page, options: WalkthroughOptions, result: WalkthroughResult, log: Logger) {
  if (!(error instanceof FlowStepError)) throw error;
  const { step, number, total, sentence } = error.info;
  const screenshot = join(options.outDir, `echec-${flow.id}-${step.id}.png`);
  const saved = await page.screenshot({ path: screenshot, fullPage: true }).then(
    () => screenshot,
    () => undefined,
  );
  result.steps.push({ flowId: flow.id, stepId: step.id, number, total, sentence, ok: false, ms: 0 });
  result.failures.push({ flowId: flow.id, stepId: step.id, message: error.message, screenshot: saved });
  log.error(`  ✗ ${error.message}${saved ? `\n    Capture : ${saved}` : ''}`);
}
