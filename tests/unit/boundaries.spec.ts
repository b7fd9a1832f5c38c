/**
 * The folders' boundaries hold by themselves: lint fails on an import that
 * points the wrong way (eslint.config.js), and passes on one that points the
 * right way. Each row lints one line of code as if it were in that file.
 */
import { ESLint } from 'eslint';
import { expect, test } from '../../fixtures/test';

const eslint = new ESLint();

const forbidden: [file: string, source: string][] = [
  ['mock-site/app.ts', '../flows/index'],
  ['mock-site/routes/control.ts', '../../harness/sim-client'],
  ['mock-site/domain/policy.ts', '../http/body'],
  ['mock-site/http/respond.ts', '../views/index'],
  ['mock-site/http/faults.ts', '../presenters/pages'],
  ['mock-site/domain/policy.ts', '../sessions'],
  ['mock-site/views/web/Layout.tsx', '../../presenters/pages'],
  ['lib/config.ts', '../mock-site/urls'],
  ['harness/simulator.ts', '../flows/runner'],
  ['flows/runner.ts', '../commands/walkthrough/play'],
  ['fixtures/test.ts', '../dev/stats'],
  ['commands/walkthrough/play.ts', '../../fixtures/test'],
  ['commands/guide-check/run-check.ts', '../../dev/stats'],
  ['dev/bench/main.ts', '../../tests/helpers/timeouts'],
];

const allowed: [file: string, source: string][] = [
  ['commands/walkthrough/play.ts', '../../harness/surfaces'],
  ['flows/runner.ts', '../mock-site/urls'],
  ['harness/simulator.ts', '../mock-site/server'],
  ['mock-site/routes/control.ts', '../views/index'],
  ['mock-site/domain/policy.ts', './schema'],
  ['tests/unit/x.spec.ts', '../../dev/stats'],
];

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${source}';\nexport const y = x;\n`, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

for (const [file, source] of forbidden) {
  test(`lint refuses ${source} in ${file}`, async () => {
    const messages = await restrictedImports(file, source);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('Import interdit : ');
  });
}

test('the HTTP layer may read the views\' props as types, never import a view', async () => {
  const [typeOnly] = await eslint.lintText("import type { PageContext } from '../views/props';\nexport type Y = PageContext;\n", {
    filePath: 'mock-site/http/respond.ts',
  });
  expect(typeOnly?.messages.filter((m) => m.ruleId === 'no-restricted-imports')).toEqual([]);
});

for (const [file, source] of allowed) {
  test(`lint accepts ${source} in ${file}`, async () => {
    expect(await restrictedImports(file, source)).toEqual([]);
  });
}
