/**
 * The browser for the flow figures, launched as the suite launches it
 * (harness/browser.ts), with a clear message when there is none.
 */
import type { Browser, BrowserContext } from 'playwright';
import { findChromiumFor, launchChromium } from '../../harness/browser';
import { contextOptions, type Surface } from '../../harness/surfaces';

export class NoChromiumError extends Error {
  constructor() {
    super('Chromium introuvable : lancez `npm run ensure-browser` (ou définissez CHROMIUM_PATH).');
    this.name = 'NoChromiumError';
  }
}

export function requireChromium(): string {
  const found = findChromiumFor('headless');
  if (!found) throw new NoChromiumError();
  return found.path;
}

export function launchBrowser(): Promise<Browser> {
  return launchChromium('headless', requireChromium(), { timeout: 30_000 });
}

/** The context a test of the `web` or `app` project gets (playwright.config.ts), on the given simulator. */
export async function surfaceContext(browser: Browser, surface: Surface, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext(contextOptions(surface, { baseURL }));
  context.setDefaultTimeout(15_000);
  return context;
}
