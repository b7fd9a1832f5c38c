/**
 * `npm run mutate [-- --only id,id] [--list]`: proves the tests guard the
 * guide's rules. Each mutation (mutations.ts) is applied to a copy of the
 * project (tracked and new files; node_modules linked), the rule tests run,
 * and the mutation must make at least one test fail. The copy is checked
 * unmutated first: a red baseline would prove nothing. Exit 1 if one survives.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mutations, type Mutation } from './mutations';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The tests that hold the rules: policy rows, forged HTTP requests, and the rule flows on both surfaces. */
const ruleTests = [
  'tests/unit/policy.spec.ts',
  'tests/unit/policy-2026.spec.ts',
  'tests/unit/scenarios.spec.ts',
  'tests/http',
  'tests/web/rules.spec.ts',
  'tests/web/rules-2026.spec.ts',
  'tests/app/rules.spec.ts',
  'tests/app/rules-2026.spec.ts',
];
const projects = ['--project=unit', '--project=web', '--project=app'];

interface Outcome {
  failed: number;
  passed: number;
  failing: string[];
}

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mutate-'));
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files: ${listed.stderr}`);
  // In a git worktree node_modules is itself an untracked symlink (`node_modules/` in .gitignore matches directories only): linked below, not copied.
  for (const file of listed.stdout.split('\n').filter((f) => f && f !== 'node_modules')) {
    try {
      cpSync(join(root, file), join(dir, file), { recursive: true });
    } catch {
      // Listed but deleted in the working tree: nothing to copy.
    }
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function runRuleTests(dir: string): Outcome {
  const run = spawnSync('npx', ['playwright', 'test', ...projects, ...ruleTests, '--reporter=json', '--output', join(dir, 'out/mutate')], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 10 * 60_000,
  });
  let report: { suites: Suite[] };
  try {
    report = JSON.parse(run.stdout) as { suites: Suite[] };
  } catch {
    throw new Error(`playwright test gave no JSON report (exit ${run.status}):\n${run.stderr.slice(-1500)}`);
  }
  const outcome: Outcome = { failed: 0, passed: 0, failing: [] };
  for (const { title, ok } of testsOf(report.suites)) {
    if (ok) outcome.passed += 1;
    else {
      outcome.failed += 1;
      outcome.failing.push(title);
    }
  }
  return outcome;
}

interface Suite {
  file?: string;
  specs?: { title: string; tests: { projectName: string; status: string }[] }[];
  suites?: Suite[];
}

function* testsOf(suites: Suite[], file = ''): Generator<{ title: string; ok: boolean }> {
  for (const suite of suites) {
    const at = suite.file ?? file;
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests) yield { title: `[${test.projectName}] ${at} › ${spec.title}`, ok: test.status === 'expected' };
    yield* testsOf(suite.suites ?? [], at);
  }
}

function apply(dir: string, mutation: Mutation): () => void {
  const path = join(dir, mutation.file);
  const original = readFileSync(path, 'utf8');
  const count = original.split(mutation.from).length - 1;
  if (count !== 1) throw new Error(`${mutation.id}: the text to change appears ${count} times in ${mutation.file} (exactly once expected)`);
  writeFileSync(path, original.replace(mutation.from, mutation.to));
  return () => writeFileSync(path, original);
}

function main(): number {
  const { values } = parseArgs({ options: { only: { type: 'string' }, list: { type: 'boolean', default: false } } });
  if (values.list) {
    for (const m of mutations) console.log(`${m.id.padEnd(32)} ${m.says}`);
    return 0;
  }
  const wanted = values.only?.split(',').map((s) => s.trim());
  const unknown = wanted?.filter((id) => !mutations.some((m) => m.id === id)) ?? [];
  if (unknown.length > 0) {
    console.error(`Mutation inconnue : ${unknown.join(', ')}. Voir npm run mutate -- --list`);
    return 2;
  }
  const chosen = wanted ? mutations.filter((m) => wanted.includes(m.id)) : mutations;
  const dir = copyProject();
  try {
    const baseline = runRuleTests(dir);
    console.log(`baseline: ${baseline.passed} tests pass, ${baseline.failed} fail`);
    if (baseline.failed > 0 || baseline.passed === 0) {
      console.error(`The unmutated copy is not green, so no mutation can be judged:\n  ${baseline.failing.join('\n  ')}`);
      return 1;
    }
    const survivors: Mutation[] = [];
    for (const mutation of chosen) {
      const restore = apply(dir, mutation);
      const outcome = runRuleTests(dir);
      restore();
      if (outcome.failed === 0) survivors.push(mutation);
      const verdict = outcome.failed === 0 ? 'SURVIVED' : `caught by ${outcome.failed} test${outcome.failed > 1 ? 's' : ''}`;
      console.log(`${mutation.id.padEnd(32)} ${verdict}${outcome.failing[0] ? `, e.g. ${outcome.failing[0]}` : ''}`);
    }
    console.log(`\n${chosen.length - survivors.length}/${chosen.length} mutations caught.`);
    for (const s of survivors) console.log(`  not caught: ${s.id}: ${s.says}`);
    return survivors.length === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
