/**
 * fixtures/stack-traces.ts formats a test process's stacks for less CPU:
 * every frame keeps the place source-map-support gives it, and a frame of
 * this file is where its TypeScript says, not where the compiled code is.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../../fixtures/test';
import { formatStack, sourceMapSupportFormat } from '../../fixtures/stack-traces';

// Stacks name an ES module by its URL.
const SPEC_URL = import.meta.url;

/** An error made in this file, under Playwright's frames, and its frames as V8 hands them to a formatter. */
function errorWithFrames(): { error: Error; frames: NodeJS.CallSite[] } {
  const installed = Error.prepareStackTrace;
  let frames: NodeJS.CallSite[] = [];
  Error.prepareStackTrace = (_error, callSites) => ((frames = callSites), '');
  try {
    // The type annotation moves `new Error` to the right of where the compiled code has it.
    const error: Error = new Error('ici'); // made-here
    void error.stack;
    return { error, frames };
  } finally {
    Error.prepareStackTrace = installed;
  }
}

/** Each frame's place (file:line:column, or V8's word for a native one). */
function places(stack: string): string[] {
  return stack
    .split('\n')
    .slice(1)
    .map((line) => line.match(/\(?([^ ()]+:\d+:\d+)\)?$/)?.[1] ?? line.trim());
}

test('every frame keeps its place; this file’s frame is at its TypeScript line and column', async () => {
  expect(formatStack, 'installed by fixtures/test.ts over source-map-support').toBeDefined();
  expect(Error.prepareStackTrace).toBe(formatStack);
  await test.step('under a step: Playwright’s frames below this file’s', async () => {
    const { error, frames } = errorWithFrames();
    const text = formatStack?.(error, frames) ?? '';
    expect(places(text)).toEqual(places(String(sourceMapSupportFormat?.(error, frames))));
    expect(text.startsWith('Error: ici\n')).toBe(true);

    const source = readFileSync(fileURLToPath(SPEC_URL), 'utf8').split('\n');
    const line = source.findIndex((l) => l.includes('// made-here')) + 1;
    const column = (source[line - 1] ?? '').indexOf('new Error') + 1;
    expect(places(text)[0]).toBe(`${SPEC_URL}:${line}:${column}`);

    const library = frames.filter((frame) => frame.getFileName()?.includes('/node_modules/'));
    expect(library.length).toBeGreaterThan(0);
    for (const frame of library) expect(text).toContain(`\n    at ${frame.toString()}`);
  });
});
