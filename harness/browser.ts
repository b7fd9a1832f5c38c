/**
 * Finds a Chromium that Playwright can drive, without installing anything.
 * Synchronous on purpose: playwright.config.ts calls it while loading.
 *
 * Playwright's own download is not reachable on our machines, so Debian's
 * chromium (via launchOptions.executablePath) is a normal, supported outcome.
 */
import { accessSync, constants, statSync } from 'node:fs';
// From @playwright/test, which a test process has loaded anyway: importing `playwright` too made Node scan its large
// CommonJS bundle for export names, 0.3 s of CPU in every test process (the launcher requires it instead, for commands).
import { chromium } from '@playwright/test';
import type { Browser, LaunchOptions } from 'playwright';
import { config } from '../lib/config';

export type ChromiumSource = 'CHROMIUM_PATH' | 'playwright' | 'system' | 'system-headless-shell';

export interface FoundChromium {
  path: string;
  source: ChromiumSource;
}

/** Debian's package name first, then the older/Ubuntu name. */
export const systemChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'] as const;

/**
 * Debian's chromium-headless-shell: the same build without the browser's
 * window layer, which is what Playwright itself runs headless. On this 2-core
 * machine it halves the suite's wall time. The binary, not the /usr/bin shell
 * wrapper, so that stopping the browser stops the browser.
 */
export const systemHeadlessShellPaths = ['/usr/lib/chromium/chromium-headless-shell'] as const;

/**
 * Flags for running as root in a sandbox with no network, and one for speed:
 * - root cannot use Chromium's user-namespace sandbox, hence --no-sandbox;
 * - no GPU in containers/CI, hence --disable-gpu;
 * - there is no network here, so Chromium's background connections (QUIC,
 *   updates, sync, field trials…) are refused and only add noise and delays;
 * - /dev/shm is tiny in containers and makes tabs crash, hence --disable-dev-shm-usage;
 * - one renderer process where Chromium may choose: every page of ours answers with
 *   Cross-Origin-Opener-Policy, so a new tab's first navigation left its blank
 *   page's process for a new one, and Chromium kept a spare process warm besides.
 *   At the limit it reuses the tab's own process instead: about 40 ms less CPU
 *   per test context, 5–8 % of the browser tests' CPU (README, Performance).
 *   Isolation is unchanged: Chromium never shares a process between browser
 *   contexts (each has its own storage), so each test still has its own.
 */
export const chromiumLaunchArgs: string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--renderer-process-limit=1',
];

/** A regular file we may execute (a directory is "executable" too, hence isFile). */
export function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * CHROMIUM_PATH, then a Playwright-managed Chromium, then the system one.
 * Throws when CHROMIUM_PATH is set but unusable: whoever set it wants to know.
 */
export function findChromium(): FoundChromium | undefined {
  const fromConfig = config.CHROMIUM_PATH;
  if (fromConfig !== undefined) {
    if (!isExecutableFile(fromConfig)) {
      throw new Error(
        `CHROMIUM_PATH=${fromConfig} : ce chemin n'existe pas ou n'est pas un fichier exécutable. ` +
          'Corrigez CHROMIUM_PATH (par exemple CHROMIUM_PATH=/usr/bin/chromium) ou retirez-la pour une recherche automatique.',
      );
    }
    return { path: fromConfig, source: 'CHROMIUM_PATH' };
  }
  const managed = playwrightChromiumPath();
  if (managed !== undefined) return { path: managed, source: 'playwright' };
  const system = systemChromiumPaths.find(isExecutableFile);
  return system === undefined ? undefined : { path: system, source: 'system' };
}

/**
 * The browser for a run: headless runs take the system headless shell when
 * there is one, unless CHROMIUM_PATH or a Playwright-managed Chromium decides
 * (Playwright then picks its own shell). Headed runs need the full browser.
 */
export function findChromiumFor(mode: 'headed' | 'headless'): FoundChromium | undefined {
  const found = findChromium();
  if (mode === 'headed' || (found && found.source !== 'system')) return found;
  const shell = systemHeadlessShellPaths.find(isExecutableFile);
  return shell === undefined ? found : { path: shell, source: 'system-headless-shell' };
}

/** For a launch given a browser (ensureBrowser's, or a test's): the headless shell instead when a headless run can have it. */
export function executableFor(mode: 'headed' | 'headless', given: string): string {
  return mode === 'headed' ? given : (findChromiumFor('headless')?.path ?? given);
}

/**
 * Chromium launched as every consumer launches it (the walkthrough, the guide
 * build and check, the bench): this sandbox's flags, and for a headless run the
 * headless shell when there is one.
 */
export function launchChromium(mode: 'headed' | 'headless', given: string, options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: executableFor(mode, given),
    args: chromiumLaunchArgs,
    headless: mode === 'headless',
    ...options,
  });
}

/**
 * The browser a command drives: one already running (a test's worker browser,
 * or one a command shares between its parts), which its owner closes, or the
 * Chromium to launch for this use alone.
 */
export type BrowserChoice = { browser: Browser } | { executablePath: string };

/** Runs `use` in the chosen browser: a given one is left open for its owner, one launched here is closed after. */
export async function withChromium<T>(
  choice: BrowserChoice,
  mode: 'headed' | 'headless',
  use: (browser: Browser) => Promise<T>,
): Promise<T> {
  if ('browser' in choice) return use(choice.browser);
  const browser = await launchChromium(mode, choice.executablePath);
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/** Where `npx playwright install chromium` puts its browser, if it is there. */
function playwrightChromiumPath(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && isExecutableFile(path) ? path : undefined;
  } catch {
    // Unsupported host platform: Playwright has no managed build for us.
    return undefined;
  }
}
