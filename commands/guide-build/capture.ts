/**
 * Plays flows and photographs each step with its target framed. Screenshots
 * are deterministic: fixed viewport and scale, the scenario's fixed clock,
 * animations off, caret hidden; the frame is a stylesheet applied only while
 * shooting (screenshot's `style`), so the page itself is untouched.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { contextOptions, type Surface } from '../../harness/surfaces';
import { SimClient } from '../../harness/sim-client';
import { callOnNode, findTargetNode } from '../../flows/target-node';
import { runFlow, type StepInfo } from '../../flows/runner';
import type { Flow, SentenceOf } from '../../flows/types';

export interface CapturedStep {
  number: number;
  sentence: string;
  stepId: string;
  image: string;
}

export interface CapturedFlow {
  flow: Flow;
  steps: CapturedStep[];
  /** What the page shows once the flow is done: the rule's picture (rule flows only). */
  finalImage?: string;
}

const MARK = 'data-guide-target';
const frameStyle = `[${MARK}] { outline: 4px solid #ff4747 !important; outline-offset: 3px !important; }`;
// A tap paints a fading highlight that a shot may or may not catch: none at all, so two builds give the same pixels.
const noTapHighlight = '* { -webkit-tap-highlight-color: transparent !important; }';

/**
 * A page for the pictures of a surface, in a context of its own. bypassCSP:
 * the simulator forbids inline styles, and the frame and the tap rule are ones.
 */
export async function openCapturePage(browser: Browser, baseURL: string, surface: Surface): Promise<Page> {
  const context = await browser.newContext(contextOptions(surface, { baseURL, bypassCSP: true, pictures: true }));
  await context.addInitScript((css) => {
    document.addEventListener('DOMContentLoaded', () =>
      document.head.append(Object.assign(document.createElement('style'), { textContent: css })),
    );
  }, noTapHighlight);
  return context.newPage();
}

/** Plays a flow in `page` (on its surface, from openCapturePage); `stepShots: false` keeps only the final picture (the rule flows). */
export async function captureFlow(page: Page, flow: Flow, outDir: string, sentenceOf: SentenceOf, stepShots = true): Promise<CapturedFlow> {
  const steps: CapturedStep[] = [];
  const shoot = async (info: StepInfo) => {
    const image = `${flow.id}-${String(info.number).padStart(2, '0')}-${info.step.id}.png`;
    await page.screenshot({ path: join(outDir, image), animations: 'disabled', caret: 'hide', style: frameStyle });
    steps.push({ number: info.number, sentence: info.sentence, stepId: info.step.id, image });
  };
  await runFlow(flow, page, new SimClient(page.request), {
    sentenceOf,
    beforeAction: async (info) => {
      if (!stepShots || !info.step.target) return;
      await markTarget(page, info);
      await shoot(info);
      await unmark(page);
    },
    afterStep: async (info) => {
      if (stepShots && !info.step.target) await shoot(info);
    },
  });
  if (stepShots) return { flow, steps };
  const finalImage = `${flow.id}-resultat.png`;
  await page.screenshot({ path: join(outDir, finalImage), animations: 'disabled', caret: 'hide' });
  return { flow, steps, finalImage };
}

/**
 * Scrolls the target into view as Playwright's scrollIntoViewIfNeeded does (the same DevTools command) and marks it for the
 * frame. Over the DevTools protocol (flows/target-node.ts): through a locator this took 230–600 ms a step, a large part
 * of the main flows' time. The runner has already seen the target visible, and the simulator's pages have no animation to wait out.
 */
async function markTarget(page: Page, info: StepInfo): Promise<void> {
  if (!info.step.target) return;
  const node = await findTargetNode(page, info.step.target);
  await node.cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: node.backendNodeId });
  await callOnNode(node, 'function (mark) { this.setAttribute(mark, ""); }', [MARK]);
}

async function unmark(page: Page): Promise<void> {
  await page.evaluate((mark) => document.querySelectorAll(`[${mark}]`).forEach((el) => el.removeAttribute(mark)), MARK);
}
