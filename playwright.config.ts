/**
 * Projects: `unit` (policy, config, scenarios, HTTP: no browser page),
 * `web` (desktop Chrome), `app` (Pixel 7) and `app-iphone` (an iPhone size),
 * both phones on Chromium with touch. Every browser project repeats the
 * launchOptions: a project's own launchOptions replace the top-level ones.
 */
import { defineConfig, devices } from '@playwright/test';
import { isCI } from './lib/config';
import type { TestOptions } from './fixtures/test';
import { chromiumLaunchArgs, findChromium } from './scripts/browser';

const chromium = findChromium();
const launchOptions = { executablePath: chromium?.path, args: chromiumLaunchArgs };

export default defineConfig<TestOptions>({
  testDir: 'tests',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  // Two workers even on two cores: a test mostly waits on the browser, so a core would otherwise idle.
  workers: 2,
  // The JSON report feeds guide:check --results (rules ↔ tests) without running the tests twice.
  reporter: [['list'], ['html', { open: 'never' }], ['json', { outputFile: 'out/test-results.json' }]],
  use: {
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'unit', testMatch: /tests\/(unit|http|guide)\/.*\.spec\.ts/ },
    {
      name: 'web',
      testMatch: /tests\/(web|surfaces|aria)\/.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], launchOptions, surface: 'web' },
    },
    {
      name: 'app',
      testMatch: /tests\/(app|surfaces|aria)\/.*\.spec\.ts/,
      use: { ...devices['Pixel 7'], launchOptions, surface: 'app' },
    },
    {
      // Another phone size for the guide's path only: the app's rules and pages are the same markup as on the Pixel.
      name: 'app-iphone',
      testMatch: /tests\/(surfaces\/main-flow|aria\/.*)\.spec\.ts/,
      use: { ...devices['iPhone 14'], browserName: 'chromium', launchOptions, surface: 'app' },
    },
  ],
});
