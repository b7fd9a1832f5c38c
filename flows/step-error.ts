/** How a step that did not match is told: the step, its guide sentence, what went wrong, in French. */
import type { Page } from 'playwright';
import { frenchNames } from '../harness/surface-names';
import type { StepInfo } from './runner';

/** A step that did not match: names the step and the guide sentence, in French. */
export class FlowStepError extends Error {
  constructor(
    readonly info: StepInfo,
    readonly detail: string,
  ) {
    const surface = frenchNames[info.flow.surface];
    super(`Étape ${info.number}/${info.total} (${surface}) « ${info.sentence} » : ${detail}`);
    this.name = 'FlowStepError';
  }
}

const CONNECTION_LOST = 'Le simulateur ne répond plus (connexion refusée)';

/** A simulator that stopped answering shows up as Chromium's error page or a refused request: say that first. */
export function asStepError(info: StepInfo, page: Page, error: unknown): FlowStepError {
  const detail = error instanceof FlowStepError ? error.detail : firstLines(error);
  const lost = page.url().startsWith('chrome-error://') || /net::ERR_CONNECTION_(REFUSED|RESET|CLOSED)|ECONNREFUSED/.test(detail);
  if (lost) return new FlowStepError(info, `${CONNECTION_LOST} : ${detail}`);
  return error instanceof FlowStepError ? error : new FlowStepError(info, detail);
}

function firstLines(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').slice(0, 8).join('\n');
}
