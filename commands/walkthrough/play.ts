/**
 * Replays flows in a real browser, step by step: the simulator in-process (or
 * --url), one context per flow (desktop or phone), captions and highlights
 * when someone watches, pacing, video and trace on request. Returns what
 * happened to every step; never throws for a failed step.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, devices, type Browser, type BrowserContext, type Page } from 'playwright';
import type { Logger } from '../../lib/logger';
import { flows } from '../../flows/index';
import { locate } from '../../flows/locate';
import { FlowStepError, runFlow, type RunHooks, type StepInfo } from '../../flows/runner';
import type { Flow } from '../../flows/types';
import { SimClient } from '../../harness/sim-client';
import { loadGuideText } from '../../flows/guide-text';
import { chromiumLaunchArgs, executableFor } from '../../harness/browser';
import { announceFlow, showStep } from './decorations';
import type { WalkthroughOptions } from './options';
import { preparePractice } from './practice';
import { startSimulator, type SimulatorHandle } from '../../harness/simulator';

export interface StepResult {
  flowId: string;
  stepId: string;
  number: number;
  total: number;
  sentence: string;
  ok: boolean;
  ms: number;
}

export interface WalkthroughResult {
  ok: boolean;
  steps: StepResult[];
  failures: { flowId: string; stepId: string; message: string; screenshot?: string }[];
  artifacts: string[];
  simulatorUrl: string;
}

export interface PlayDeps {
  executablePath: string;
  log: Logger;
  /** Waits for the person before each step (--step). */
  waitForPerson?: (info: StepInfo) => Promise<void>;
}

export async function playWalkthrough(options: WalkthroughOptions, deps: PlayDeps): Promise<WalkthroughResult> {
  const simulator = await startSimulator(options.url, deps.log);
  const executablePath = executableFor(options.headed ? 'headed' : 'headless', deps.executablePath);
  const browser = await chromium.launch({ executablePath, args: chromiumLaunchArgs, headless: !options.headed });
  const result: WalkthroughResult = { ok: true, steps: [], failures: [], artifacts: [], simulatorUrl: simulator.url };
  try {
    await mkdir(options.outDir, { recursive: true });
    for (const id of options.flowIds) {
      const flow = flows.get(id);
      if (flow) await playFlow(flow, browser, simulator, options, deps, result);
    }
  } finally {
    await browser.close();
    await simulator.close();
  }
  result.ok = result.failures.length === 0;
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
  const context = await browser.newContext({
    ...deviceFor(flow),
    baseURL: simulator.url,
    bypassCSP: true,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
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
    await runFlow(flow, page, new SimClient(context.request), hooksFor(page, options, deps, result, log, watched, practice));
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

async function startVideo(page: Page, path: string, log: Logger, result: WalkthroughResult): Promise<(() => Promise<void>) | undefined> {
  try {
    await page.screencast.start({ path, size: page.viewportSize() ?? undefined });
  } catch (error) {
    log.warn(
      `Vidéo impossible (${firstLine(error)}). Il faut ffmpeg : « apt-get install -y ffmpeg », puis le lien décrit dans .ci/run. La visite continue sans vidéo.`,
    );
    return undefined;
  }
  return async () => {
    await page.screencast.stop();
    result.artifacts.push(path);
  };
}

async function saveTrace(context: BrowserContext, path: string, result: WalkthroughResult) {
  await context.tracing.stop({ path });
  result.artifacts.push(path);
}

function deviceFor(flow: Flow) {
  return flow.surface === 'app' ? devices['Pixel 7'] : devices['Desktop Chrome'];
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
