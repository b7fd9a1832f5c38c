/** Which Chromium a run gets: the headless shell only for headless runs, and only when installed. */
import { test, expect } from '../../fixtures/test';
import { findChromium, findChromiumFor, isExecutableFile, systemHeadlessShellPaths } from '../../harness/browser';

test('a headed run gets the full browser, never the headless shell', () => {
  expect(findChromiumFor('headed')).toEqual(findChromium());
  expect(findChromiumFor('headed')?.source).not.toBe('system-headless-shell');
});

test('a headless run gets the system headless shell when it is installed, else the same browser as a headed one', () => {
  const shell = systemHeadlessShellPaths.find(isExecutableFile);
  const found = findChromium();
  const expected = shell !== undefined && found?.source === 'system' ? { path: shell, source: 'system-headless-shell' } : found;
  expect(findChromiumFor('headless')).toEqual(expected);
});
