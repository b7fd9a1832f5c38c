/**
 * Makes sure a Chromium is available (commands/ensure-browser.ts is its command).
 * Order: what findChromium() already sees, then `npx playwright install chromium`
 * (usually unreachable here), then Debian's package when we are root, and
 * otherwise the exact commands for a person to run.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { findChromium, type ChromiumSource, type FoundChromium } from './browser';

// Playwright retries each CDN mirror; on a network that drops packets instead of refusing them, it would hang.
const PLAYWRIGHT_INSTALL_TIMEOUT_MS = 120_000;

const sourceLabels: Record<ChromiumSource, string> = {
  CHROMIUM_PATH: 'variable CHROMIUM_PATH',
  playwright: 'installé par Playwright',
  system: 'paquet système',
  'system-headless-shell': 'paquet système, sans fenêtre',
};

const manualInstructions = [
  'Aucun Chromium utilisable sur cette machine. Installez-le, puis indiquez son chemin :',
  '  sudo apt-get install -y chromium',
  "  CHROMIUM_PATH=/usr/bin/chromium   (dans .env ou dans l'environnement)",
].join('\n');

/** Where an install attempt says what it does: a person waiting for apt-get wants to know. */
export type Say = (line: string) => void;

/** Returns the path of a usable Chromium, installing one if we can. Throws with instructions otherwise. */
export async function ensureBrowser(say: Say): Promise<string> {
  return (await ensureChromium(say)).path;
}

/** Same as ensureBrowser(), with where the browser came from. */
export async function ensureChromium(say: Say): Promise<FoundChromium> {
  // A wrong CHROMIUM_PATH throws here on purpose: no install would fix it.
  const found = findChromium() ?? (await tryPlaywrightInstall(say)) ?? (await tryAptInstall(say));
  if (found === undefined) throw new Error(manualInstructions);
  return found;
}

/** One line for people: which browser, from where, which version. */
export function describeChromium(found: FoundChromium): string {
  const version = chromiumVersion(found.path);
  return `Chromium prêt : ${found.path} (${sourceLabels[found.source]}${version ? `, ${version}` : ''})`;
}

async function tryPlaywrightInstall(say: Say): Promise<FoundChromium | undefined> {
  say('Aucun Chromium trouvé. Essai : npx playwright install chromium (2 min au plus)…');
  const result = await run('npx', ['playwright', 'install', 'chromium'], {
    capture: true,
    timeoutMs: PLAYWRIGHT_INSTALL_TIMEOUT_MS,
  });
  const found = result.ok ? findChromium() : undefined;
  if (found === undefined) say(`Échec de l'installation par Playwright :\n${errorSummary(result.output)}`);
  return found;
}

async function tryAptInstall(say: Say): Promise<FoundChromium | undefined> {
  if (process.getuid?.() !== 0 || !isDebianLike()) return undefined;
  say('Root sur Debian/Ubuntu : installation des paquets chromium et chromium-headless-shell (apt-get update, puis apt-get install -y)…');
  // Passing our environment through to apt-get, plus the one flag that keeps it from asking questions.
  // eslint-disable-next-line no-restricted-properties -- pass-through to the child process, not a setting we read
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = await run('apt-get', ['update'], { env });
  // Stale package lists may still be enough, so a failed update does not stop the install.
  if (!update.ok) say("apt-get update a échoué ; on tente quand même l'installation.");
  // The headless shell too: the tests and the guide build run headless, about twice as fast with it.
  const install = await run('apt-get', ['install', '-y', 'chromium', 'chromium-headless-shell'], { env });
  if (!install.ok) say(`apt-get install a échoué.${install.output ? `\n${install.output}` : ''}`);
  return findChromium();
}

function isDebianLike(): boolean {
  if (existsSync('/etc/debian_version')) return true;
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/** `chromium --version` takes well under a second; a failure just leaves the version out. */
function chromiumVersion(path: string): string | undefined {
  try {
    // stderr ignored: Debian's wrapper script prints harmless shell warnings there.
    const output = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 5_000, stdio: ['ignore', 'pipe', 'ignore'] });
    return output.trim() || undefined;
  } catch {
    return undefined;
  }
}

interface RunOptions {
  /** Keep the output for a summary instead of streaming it to the terminal. */
  capture?: boolean;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

interface RunResult {
  ok: boolean;
  /** Captured output, or the reason the command could not run. */
  output: string;
}

function run(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      timeout: options.timeoutMs,
      env: options.env,
    });
    let output = '';
    const keep = (chunk: Buffer) => (output += chunk.toString());
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    // 'error' (e.g. command not found) may be followed by 'close'; the first resolve wins.
    child.on('error', (error) => resolve({ ok: false, output: `${output}${error.message}` }));
    child.on('close', (code, signal) => {
      const stopped = signal ? `\n(arrêté par ${signal} : délai dépassé ?)` : '';
      resolve({ ok: code === 0, output: `${output}${stopped}` });
    });
  });
}

/** The distinct error lines of a long log: Playwright repeats each failed attempt with a stack trace. */
function errorSummary(text: string): string {
  const lines = stripVTControlCharacters(text)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const errors = [...new Set(lines.filter((line) => /error|failed|arrêté/i.test(line)))];
  const shown = errors.length > 0 ? errors.slice(-4) : lines.slice(-5);
  return shown.map((line) => `  ${line}`).join('\n');
}
