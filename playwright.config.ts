/**
 * Projects: `unit` (policy, config, scenarios, HTTP: no browser page),
 * `web` (desktop Chrome) and `app` (Pixel 7, and the guide's path on an
 * iPhone size: tests/app/second-phone.spec.ts), the phones on Chromium with
 * touch. Every browser project repeats the launchOptions: a project's own
 * launchOptions replace the top-level ones.
 */
import { defineConfig } from '@playwright/test';
import { config, isCI } from './lib/config';
import type { TestOptions } from './fixtures/test';
import { chromiumLaunchArgs, findChromiumFor } from './harness/browser';
import { localeOptions, surfaces } from './harness/surfaces';

// Headless runs take the headless shell when Debian's is installed (half the wall time here);
// a run a person watches (--headed, --debug, --ui) needs the full browser.
const watched = process.argv.some((arg) => ['--headed', '--debug'].includes(arg) || arg.startsWith('--ui'));
const chromium = findChromiumFor(watched ? 'headed' : 'headless');
const launchOptions = { executablePath: chromium?.path, args: chromiumLaunchArgs };

export default defineConfig<TestOptions>({
  testDir: 'tests',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  // Two workers even on two cores: a test mostly waits on the browser, so a core would otherwise idle.
  workers: 2,
  // The JSON report feeds guide:check --results (rules ↔ tests) without running the tests twice.
  // Under GitHub Actions, Playwright's own github reporter also pins each failure to its line in the pull request.
  reporter: [
    ['list'],
    ['html', { open: 'never' }],
    ['json', { outputFile: 'out/test-results.json' }],
    ...(config.GITHUB_ACTIONS ? [['github'] as const] : []),
  ],
  use: {
    ...localeOptions,
    // CI records each test's trace (DOM snapshots, network, console) and keeps the failed ones': there a failure
    // is read from its artefacts. Recording is a seventh of the suite's CPU (README, Performance), so a run here
    // records none: rerun a failure with --trace on (README, Tests). The screencast
    // stays out (a tenth of the suite's time when recorded for every test).
    trace: isCI ? { mode: 'retain-on-failure', screenshots: false } : 'off',
    // The failure screenshot comes from the fixtures' `context` (fixtures/failure-screenshot.ts): Playwright's
    // 'only-on-failure' takes one of every page at every close and keeps only the failed tests' ones.
    screenshot: 'off',
  },
  expect: {
    // One file per main-flow step, shared by every test and device of its surface (tests/helpers/main-flow.ts).
    toMatchAriaSnapshot: { pathTemplate: '{testDir}/aria/snapshots/{arg}{ext}' },
  },
  projects: [
    {
      name: 'unit',
      testMatch: /tests\/(unit|http|guide)\/.*\.spec\.ts/,
      // No page of its own, but the guide check run in a test's process (tests/helpers/guide-check.ts) drives the worker's browser.
      use: { launchOptions },
    },
    {
      name: 'web',
      testMatch: /tests\/(web|surfaces|aria)\/.*\.spec\.ts/,
      use: { ...surfaces.web.device, launchOptions, surface: 'web' },
    },
    {
      name: 'app',
      testMatch: /tests\/(app|surfaces|aria)\/.*\.spec\.ts/,
      use: { ...surfaces.app.device, launchOptions, surface: 'app' },
    },
  ],
});
