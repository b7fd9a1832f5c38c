/**
 * The spec files that can hold a test tagged with an edition's rules, found
 * by reading their text instead of loading them: to apply --grep, Playwright
 * loads every spec file of the projects it runs, and on the unit and web
 * projects that cost more than the rule tests it then ran started.
 *
 * A test is selected by its edition's tag (`@edition-2026`), so a file
 * qualifies when it, or a module of tests/ it imports (a helper such as
 * tests/helpers/rule-flows.ts), writes that tag or computes one
 * (`editionTag(…)`, the fixtures' helper). Playwright's grep then picks the
 * tests inside them. tests/guide/rule-test-files.spec.ts proves, against a
 * full listing of both projects, that no tagged test is left out.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root: the child test run starts there, and the files are named from it. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The spec files (relative to the root, sorted) whose tests may carry the edition's tag. */
export function ruleTestFiles(edition: string, root = projectRoot): string[] {
  const testsDir = join(root, 'tests');
  const tags = tagPattern(edition);
  const texts = new Map<string, string>();
  return readdirSync(testsDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.spec.ts'))
    .map((file) => join(testsDir, file))
    .filter((file) => writesTag(file, tags, testsDir, texts))
    .map((file) => relative(root, file))
    .sort();
}

/** The edition's tag written out, or the fixtures' helper that computes a tag at run time. */
function tagPattern(edition: string): RegExp {
  const escaped = edition.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`@edition-${escaped}(?![\\w-])|\\beditionTag\\(`);
}

/**
 * Whether a spec file, or a module of tests/ it reaches through its imports,
 * writes the tag. Imports outside tests/ (the fixtures, flows, the simulator)
 * declare no test. Each module is read once per search (`texts`).
 */
function writesTag(spec: string, tags: RegExp, testsDir: string, texts: Map<string, string>): boolean {
  const reached = new Set([spec]);
  for (const file of reached) {
    const text = texts.get(file) ?? readFileSync(file, 'utf8');
    texts.set(file, text);
    if (tags.test(text)) return true;
    for (const imported of localImports(text, file)) if (!relative(testsDir, imported).startsWith('..')) reached.add(imported);
  }
  return false;
}

/**
 * The relative modules a file imports (`from '…'`, `import '…'`, `import('…')`),
 * as the .ts files that exist: an import written inside a string (a lint
 * test's sample code) names no file.
 */
function localImports(text: string, file: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1] ?? '');
  return specifiers.flatMap((specifier) => {
    const path = resolve(dirname(file), specifier.replace(/\.[jt]s$/, ''));
    return [`${path}.ts`, join(path, 'index.ts')].filter((candidate) => existsSync(candidate)).slice(0, 1);
  });
}
