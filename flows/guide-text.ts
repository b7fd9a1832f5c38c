/**
 * The guide as the one text of every step: the runner's step titles, the
 * walkthrough's captions and terminal lines, practice prompts, failure
 * messages and the illustrated guide all read a step's sentence here, through
 * its marker (`<!-- step: flow/step -->`). A rule flow's step that no step
 * sentence covers reads the guide's sentence of the flow's rule.
 */
import { readFileSync } from 'node:fs';
import { config } from '../lib/config';
import type { Flow, FlowStep } from './types';
import { parseGuide, type ParsedGuide } from '../harness/guide-markdown';

export interface GuideText {
  file: string;
  parsed: ParsedGuide;
  /** The guide's sentence for a flow step (its own, or its flow's rule's); the flow title and step id when the guide has neither. */
  sentenceOf: (flow: Flow, step: FlowStep) => string;
  /** The guide's sentence of a rule, when the guide states it. */
  ruleSentence: (ruleId: string) => string | undefined;
}

const loaded = new Map<string, GuideText>();

/** The guide at `file` (GUIDE_PATH by default), read once per process. */
export function loadGuideText(file: string = config.GUIDE_PATH): GuideText {
  const known = loaded.get(file);
  if (known) return known;
  const text = guideText(parseGuide(readFileSync(file, 'utf8'), file));
  loaded.set(file, text);
  return text;
}

/** The same lookups on a guide already parsed (a draft, a test's guide). */
export function guideText(parsed: ParsedGuide): GuideText {
  const steps = new Map<string, string>();
  const rules = new Map<string, string>();
  for (const item of parsed.items) {
    for (const marker of item.markers) {
      if (marker.kind === 'step') steps.set(`${marker.flowId}/${marker.stepId}`, item.sentence);
      else if (!rules.has(marker.ruleId)) rules.set(marker.ruleId, item.sentence);
    }
  }
  const ruleSentence = (ruleId: string) => rules.get(ruleId);
  return {
    file: parsed.file,
    parsed,
    ruleSentence,
    sentenceOf: (flow, step) =>
      steps.get(`${flow.id}/${step.id}`) ??
      (flow.rules ?? []).map(ruleSentence).find((s) => s !== undefined) ??
      `${flow.title} (${step.id})`,
  };
}
