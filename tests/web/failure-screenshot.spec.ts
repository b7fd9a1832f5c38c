/**
 * A failed test keeps a picture of its pages, a passed one costs none: the
 * fixtures take it themselves once the outcome is known (fixtures/failure-screenshot.ts),
 * in place of Playwright's, which pictured every page at every close.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { test, expect } from '../../fixtures/test';
import { screenshotIfFailed, type FailureInfo } from '../../fixtures/failure-screenshot';

/** A test's info as the fixture sees it at teardown, writing under this test's own output folder. */
function infoOf(status: FailureInfo['status'], folder: string): FailureInfo {
  return {
    status,
    expectedStatus: 'passed',
    outputPath: (...parts: string[]) => test.info().outputPath(folder, ...parts),
    attachments: [],
  };
}

async function contextWithTwoPages(browser: Browser, url: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: url });
  for (const path of ['/', '/__sim']) await (await context.newPage()).goto(path);
  return context;
}

test('a failed or timed-out test gets a picture of each open page, attached under Playwright’s name', async ({ browser, simulator }) => {
  const context = await contextWithTwoPages(browser, simulator.url);
  for (const status of ['failed', 'timedOut'] as const) {
    const info = infoOf(status, status);
    await screenshotIfFailed(context, info);
    expect(info.attachments.map((a) => [a.name, a.contentType, a.path?.split('/').at(-1)])).toEqual([
      ['screenshot', 'image/png', 'test-failed-1.png'],
      ['screenshot', 'image/png', 'test-failed-2.png'],
    ]);
    for (const attachment of info.attachments) expect(statSync(attachment.path ?? '').size).toBeGreaterThan(1000);
  }
  await context.close();
});

test('a passed test gets no picture', async ({ browser, simulator }) => {
  const context = await contextWithTwoPages(browser, simulator.url);
  const info = infoOf('passed', 'passed');
  await screenshotIfFailed(context, info);
  expect(info.attachments).toEqual([]);
  expect(existsSync(join(info.outputPath(), 'test-failed-1.png'))).toBe(false);
  await context.close();
});
