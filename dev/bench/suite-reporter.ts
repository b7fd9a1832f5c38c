/**
 * A Playwright reporter for the bench: where each test's time goes, from the
 * steps Playwright records (fixtures, API calls, test.step). Writes
 * out/bench-suite-timings.json; `npm run bench -- --only suite` passes it with
 * --reporter. The split, per test:
 * - browser: the worker's browser launch (charged to its first test);
 * - context: creating and closing the test's context and page (tracing included);
 * - hooks: the rest of the before/after hooks (the boxed in-process simulator, traces…);
 * - seeding: control-API calls before the first navigation (POST /__sim/sessions, /__sim/clock);
 * - steps: the flow's test.step blocks;
 * - body: what is left (goto, the spec's own checks).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FullResult, Reporter, TestCase, TestResult, TestStep } from '@playwright/test/reporter';

export const timingsPath = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../out/bench-suite-timings.json');

export interface TestTiming {
  project: string;
  title: string;
  status: string;
  duration: number;
  browser: number;
  context: number;
  hooks: number;
  seeding: number;
  steps: number;
  body: number;
}

export interface SuiteTimings {
  status: string;
  wallMs: number;
  tests: TestTiming[];
}

const total = (steps: readonly TestStep[]) => steps.reduce((sum, s) => sum + s.duration, 0);

function fixture(hooks: readonly TestStep[], name: string): number {
  return total(hooks.flatMap((h) => h.steps).filter((s) => s.category === 'fixture' && s.title === `Fixture "${name}"`));
}

/** Control-API calls made before the page first navigates: the session's seeding. */
function seeding(top: readonly TestStep[]): number {
  const firstNavigation = top.findIndex((s) => s.category === 'pw:api' && s.title === 'Navigate');
  const before = firstNavigation === -1 ? [] : top.slice(0, firstNavigation);
  return total(before.filter((s) => s.category === 'pw:api' && /^(GET|POST)\b/.test(s.title)));
}

export function timingOf(test: TestCase, result: TestResult): TestTiming {
  const hooks = result.steps.filter((s) => s.category === 'hook');
  const browser = fixture(hooks, 'browser');
  const context = fixture(hooks, 'context') + fixture(hooks, 'page');
  const hooksRest = total(hooks) - browser - context;
  const seed = seeding(result.steps);
  const steps = total(result.steps.filter((s) => s.category === 'test.step'));
  return {
    project: test.parent.project()?.name ?? '',
    title: test.titlePath().slice(2).join(' › '),
    status: result.status,
    duration: result.duration,
    browser,
    context,
    hooks: hooksRest,
    seeding: seed,
    steps,
    body: Math.max(0, result.duration - browser - context - hooksRest - seed - steps),
  };
}

export default class SuiteTimingReporter implements Reporter {
  private readonly tests: TestTiming[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    this.tests.push(timingOf(test, result));
  }

  onEnd(result: FullResult): void {
    mkdirSync(dirname(timingsPath), { recursive: true });
    const body: SuiteTimings = { status: result.status, wallMs: result.duration, tests: this.tests };
    writeFileSync(timingsPath, `${JSON.stringify(body, null, 1)}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
