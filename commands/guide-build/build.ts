/**
 * Builds the illustrated guide: plays the main flows (web and app) and the
 * rule flows of the website, photographs every step and each time rule just
 * before and just after its limit, and writes
 * out/guide/index.html and out/guide/README.md with the images beside them.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright';

import { config } from '../../lib/config';
import type { EditionName } from '../../mock-site/domain/editions/index';
import type { RuleId } from '../../mock-site/domain/rules';
import type { Logger } from '../../lib/logger';
import { mainFlows, ruleFlows } from '../../flows/index';
import type { Flow } from '../../flows/types';
import { withChromium, type BrowserChoice } from '../../harness/browser';
import { startSimulator } from '../../harness/simulator';
import { loadGuideText } from '../../flows/guide-text';
import { plannedLimits, shootLimit } from './boundary-shots';
import { captureFlow, openCapturePage } from './capture';
import { lanes } from './lanes';
import { pagePool } from './pages';
import { renderHtml, renderMarkdown, type GuideContent } from './render';

/**
 * How many flows or limit pictures are photographed at once, each in its own
 * context: a flow mostly waits on the browser's round trips, so one at a time
 * left a core idle. On our 2-core machines three did better than one, two
 * or four (measured under load: a quiet machine was not to be had).
 */
const LANES = 3;

/** A browser given (a test's own) is used and left open; otherwise the build launches a headless one and closes it. */
export type GuideBuildOptions = BrowserChoice & {
  log: Logger;
  outDir?: string;
  url?: string;
  main?: Flow[];
  rules?: Flow[];
  /** The time rules whose limits are photographed (default: every one the guide states). */
  limits?: readonly RuleId[];
  /** The guide whose sentences caption the pictures (GUIDE_PATH by default). */
  guide?: string;
  /** The edition of the rules illustrated: the main flows play it, its rule flows and limits are shown (POLICY_EDITION by default). */
  edition?: EditionName;
};

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
  try {
    const { content, errors } = await withChromium(options, 'headless', (browser) => photograph(browser, simulator.url, outDir, options));
    const htmlPath = join(outDir, 'index.html');
    const markdownPath = join(outDir, 'README.md');
    await writeFile(htmlPath, renderHtml(content));
    await writeFile(markdownPath, renderMarkdown(content));
    const images = [
      ...content.main.flatMap((c) => c.steps.map((s) => s.image)),
      ...content.rules.flatMap((r) => r.finalImage ?? []),
      ...content.limits.map((l) => l.image),
    ];
    options.log.info(`Guide illustré écrit : ${htmlPath} (${images.length} images)`);
    return { ok: errors.length === 0, htmlPath, markdownPath, images, errors };
  } finally {
    await simulator.close();
  }
}

/** Every picture, a few at a time; what could not be taken is an error, in the order the pictures come. */
async function photograph(
  browser: Browser,
  baseURL: string,
  outDir: string,
  options: GuideBuildOptions,
): Promise<{ content: GuideContent; errors: string[] }> {
  const edition = options.edition ?? config.POLICY_EDITION;
  const guide = loadGuideText(options.guide);
  const inLane = lanes(LANES);
  const pages = pagePool((surface) => openCapturePage(browser, baseURL, surface));
  const failures: string[][] = [];
  // Each job keeps its place in `failures` from the start, so the errors' order does not depend on which job ends first.
  const attempt = <T>(name: string, prefix: string, job: () => Promise<T>): Promise<T[]> => {
    const failed: string[] = [];
    failures.push(failed);
    return inLane(job).then(
      (value) => [value],
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        failed.push(`${prefix}${message}`);
        options.log.error(`Guide illustré : ${name} n'a pas pu être photographié : ${message}`);
        return [];
      },
    );
  };
  const flowJob = (stepShots: boolean) => (flow: Flow) =>
    attempt(flow.id, '', () => pages.use(flow.surface, (page) => captureFlow(page, flow, outDir, guide.sentenceOf, stepShots)));
  const [main, rules, limits] = await Promise.all([
    Promise.all((options.main ?? mainFlows).map((flow) => flowJob(true)({ edition, ...flow }))),
    Promise.all((options.rules ?? ruleFlows('web', edition)).map(flowJob(false))),
    Promise.all(
      plannedLimits(guide, edition, options.limits).map((planned) =>
        attempt(`${planned.boundary.ruleId}, jour ${planned.day}`, 'limites des règles : ', () =>
          pages.use('web', (page) => shootLimit(page, planned, outDir)),
        ),
      ),
    ),
  ]).finally(() => pages.close());
  return {
    content: { main: main.flat(), rules: rules.flat(), limits: limits.flat(), ruleSentence: guide.ruleSentence },
    errors: failures.flat(),
  };
}
