/**
 * Builds the illustrated guide: plays the main flows (web and app) and the
 * rule flows of the website, photographs every step and each time rule just
 * before and just after its limit, and writes
 * out/guide/index.html and out/guide/README.md with the images beside them.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { config } from '../../lib/config';
import type { EditionName } from '../../mock-site/domain/editions/index';
import type { Logger } from '../../lib/logger';
import { mainFlows, ruleFlows } from '../../flows/index';
import type { Flow } from '../../flows/types';
import { launchChromium } from '../../harness/browser';
import { startSimulator } from '../../harness/simulator';
import { loadGuideText } from '../../flows/guide-text';
import { captureBoundaries } from './boundary-shots';
import { captureFlow, type CapturedFlow } from './capture';
import { renderHtml, renderMarkdown } from './render';

export interface GuideBuildOptions {
  executablePath: string;
  log: Logger;
  outDir?: string;
  url?: string;
  main?: Flow[];
  rules?: Flow[];
  /** The guide whose sentences caption the pictures (GUIDE_PATH by default). */
  guide?: string;
  /** The edition of the rules illustrated: the main flows play it, its rule flows and limits are shown (POLICY_EDITION by default). */
  edition?: EditionName;
}

export interface GuideBuildResult {
  ok: boolean;
  htmlPath: string;
  markdownPath: string;
  images: string[];
  errors: string[];
}

export async function buildGuide(options: GuideBuildOptions): Promise<GuideBuildResult> {
  const outDir = options.outDir ?? 'out/guide';
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const simulator = await startSimulator(options.url, options.log);
  const browser = await launchChromium('headless', options.executablePath);
  const errors: string[] = [];
  const guide = loadGuideText(options.guide);
  const capture = async (flows: Flow[], stepShots: boolean) => {
    const done: CapturedFlow[] = [];
    for (const flow of flows) {
      try {
        done.push(await captureFlow(browser, simulator.url, flow, outDir, guide.sentenceOf, stepShots));
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
        options.log.error(`Guide illustré : ${flow.id} n'a pas pu être photographié : ${errors.at(-1)}`);
      }
    }
    return done;
  };
  try {
    const edition = options.edition ?? config.POLICY_EDITION;
    const main = await capture(
      (options.main ?? mainFlows).map((flow) => ({ edition, ...flow })),
      true,
    );
    const rules = await capture(options.rules ?? ruleFlows('web', edition), false);
    const limits = await captureBoundaries(browser, simulator.url, guide, outDir, edition).catch((error: unknown) => {
      errors.push(`limites des règles : ${error instanceof Error ? error.message : String(error)}`);
      return [];
    });
    const htmlPath = join(outDir, 'index.html');
    const markdownPath = join(outDir, 'README.md');
    const content = { main, rules, limits, ruleSentence: guide.ruleSentence };
    await writeFile(htmlPath, renderHtml(content));
    await writeFile(markdownPath, renderMarkdown(content));
    const images = [
      ...main.flatMap((c) => c.steps.map((s) => s.image)),
      ...rules.flatMap((r) => r.finalImage ?? []),
      ...limits.map((l) => l.image),
    ];
    options.log.info(`Guide illustré écrit : ${htmlPath} (${images.length} images)`);
    return { ok: errors.length === 0, htmlPath, markdownPath, images, errors };
  } finally {
    await browser.close();
    await simulator.close();
  }
}
