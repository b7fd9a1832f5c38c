/** The walkthrough's command line: defaults, pacing, and clear French errors. */
import { writeFileSync } from 'node:fs';
import { test, expect } from '../../fixtures/test';
import { DEFAULT_FLOWS, parseWalkthroughArgs, UsageError } from '../../commands/walkthrough/options';

test('no argument: both main flows, headless and unpaced without a display', () => {
  const options = parseWalkthroughArgs([], false);
  expect(options).toMatchObject({
    flowIds: DEFAULT_FLOWS,
    headed: false,
    pace: 0,
    step: false,
    practice: false,
    outDir: 'out/walkthrough',
  });
  expect(options.stepTimeoutMs).toBe(5000);
});

test('--timeout sets how long each step may wait', () => {
  expect(parseWalkthroughArgs(['--timeout', '2500'], false)).toMatchObject({ stepTimeoutMs: 2500 });
});

test('with a display: headed and paced for a person, unless told otherwise', () => {
  expect(parseWalkthroughArgs([], true)).toMatchObject({ headed: true, pace: 1500 });
  expect(parseWalkthroughArgs(['--headless'], true)).toMatchObject({ headed: false, pace: 0 });
  expect(parseWalkthroughArgs(['--pace', '250'], true)).toMatchObject({ pace: 250 });
});

test('--headed without a display is remembered, so the command can hint at xvfb-run', () => {
  expect(parseWalkthroughArgs(['--headed'], false)).toMatchObject({ headed: false, headedRequested: true });
});

const bad: [string[], RegExp][] = [
  [['inconnu'], /Parcours inconnu : inconnu/],
  [['--pace', 'vite'], /--pace/],
  [['--pace', '-5'], /./],
  [['--url', 'pas-une-url'], /--url/],
  [['--timeout', 'long'], /--timeout/],
  [['--timeout', '10'], /./],
  [['--nope'], /nope/],
];
for (const [argv, message] of bad) {
  test(`${argv.join(' ')} → a UsageError in French`, () => {
    expect(() => parseWalkthroughArgs(argv, false)).toThrow(UsageError);
    expect(() => parseWalkthroughArgs(argv, false)).toThrow(message);
  });
}

test('--guide names the guide whose sentences the walkthrough shows (GUIDE_PATH by default)', () => {
  expect(parseWalkthroughArgs([], false).guide).toBe('guide/annuler-un-litige.md');
  expect(parseWalkthroughArgs(['--guide', '/tmp/brouillon.md'], false).guide).toBe('/tmp/brouillon.md');
});

test('--safe with --url and a saved login (Playwright storage state): a safe, read-only run of that session', () => {
  const login = test.info().outputPath('connexion.json');
  writeFileSync(login, JSON.stringify({ cookies: [], origins: [] }));
  expect(parseWalkthroughArgs([], false)).toMatchObject({ safe: false, storageState: undefined });
  expect(parseWalkthroughArgs(['--safe', '--url', 'http://127.0.0.1:4173', '--storage-state', login], false)).toMatchObject({
    safe: true,
    url: 'http://127.0.0.1:4173',
    storageState: login,
  });
});

test('--storage-state is a real account: refused without --safe, without --url, or when the file is not a saved login', () => {
  const login = test.info().outputPath('connexion.json');
  const notLogin = test.info().outputPath('autre.json');
  writeFileSync(login, JSON.stringify({ cookies: [], origins: [] }));
  writeFileSync(notLogin, JSON.stringify({ bonjour: 1 }));
  const refused: [string[], RegExp][] = [
    [['--url', 'http://127.0.0.1:4173', '--storage-state', login], /--storage-state : une session enregistrée est un vrai compte ; ajoutez --safe/],
    [['--safe', '--storage-state', login], /--storage-state : indiquez aussi --url/],
    [['--safe', '--url', 'http://127.0.0.1:4173', '--storage-state', notLogin], /n'est pas une session enregistrée par Playwright/],
    [['--safe', '--url', 'http://127.0.0.1:4173', '--storage-state', `${login}.absent`], /est introuvable ou illisible/],
  ];
  for (const [argv, message] of refused) expect(() => parseWalkthroughArgs(argv, false), argv.join(' ')).toThrow(message);
});

test('--edition chooses the rules the main flows play; an unknown edition is a French usage error', () => {
  expect(parseWalkthroughArgs(['--edition', '2016'], false).edition).toBe('2016');
  expect(parseWalkthroughArgs([], false).edition).toBeUndefined();
  expect(() => parseWalkthroughArgs(['--edition', '2020'], false)).toThrow(/--edition : 2016 ou 2026/);
});
