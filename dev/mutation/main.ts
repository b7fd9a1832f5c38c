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
import { z } from 'zod';
import { EXIT, listOption, runCommand, type CommandSpec, type ExitCode } from '../../lib/cli';
import { readReport, type Report } from '../../commands/guide-check/test-results';
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
  let report: Report;
  try {
    report = readReport(JSON.parse(run.stdout));
  } catch {
    throw new Error(`playwright test n'a pas donné de rapport JSON (code ${run.status}) :\n${run.stderr.slice(-1500)}`);
  }
  const outcome: Outcome = { failed: 0, passed: 0, failing: [] };
  for (const test of report.tests) {
    if (test.status === 'passed') outcome.passed += 1;
    else if (test.status !== 'skipped') {
      outcome.failed += 1;
      outcome.failing.push(`[${test.project}] ${test.title}`);
    }
  }
  return outcome;
}

function apply(dir: string, mutation: Mutation): () => void {
  const path = join(dir, mutation.file);
  const original = readFileSync(path, 'utf8');
  const count = original.split(mutation.from).length - 1;
  if (count !== 1) throw new Error(`${mutation.id} : le texte à changer apparaît ${count} fois dans ${mutation.file} (une fois exactement attendue)`);
  writeFileSync(path, original.replace(mutation.from, mutation.to));
  return () => writeFileSync(path, original);
}

const schema = z.object({
  only: listOption(
    '--only',
    mutations.map((m) => m.id),
  ).optional(),
  list: z.boolean().default(false),
  json: z.boolean().default(false),
});
type MutateOptions = z.infer<typeof schema>;

const mutateCommand: CommandSpec<MutateOptions> = {
  name: 'npm run mutate --',
  help: `Vérifie que les tests gardent les règles : chaque erreur plausible (mutations.ts) est appliquée à une
copie du projet, les tests des règles tournent, et au moins un doit échouer.

  --only IDS          seulement ces mutations (ids séparés par des virgules ; voir --list)
  --list              lister les mutations
  --json              le résultat en JSON`,
  options: { only: { type: 'string' }, list: { type: 'boolean' }, json: { type: 'boolean' } },
  schema,
};

async function main(options: MutateOptions): Promise<ExitCode> {
  if (options.list) {
    for (const m of mutations) console.log(`${m.id.padEnd(32)} ${m.says}`);
    return EXIT.ok;
  }
  const say = options.json ? (line: string) => console.error(line) : (line: string) => console.log(line);
  const chosen = options.only ? mutations.filter((m) => options.only?.includes(m.id)) : mutations;
  const dir = copyProject();
  try {
    const baseline = runRuleTests(dir);
    say(`copie intacte : ${baseline.passed} tests passent, ${baseline.failed} échouent`);
    if (baseline.failed > 0 || baseline.passed === 0) {
      console.error(`La copie non modifiée n'est pas verte : aucune mutation ne peut être jugée.\n  ${baseline.failing.join('\n  ')}`);
      return EXIT.usage;
    }
    const results: { id: string; caughtBy: number; example?: string }[] = [];
    for (const mutation of chosen) {
      const restore = apply(dir, mutation);
      const outcome = runRuleTests(dir);
      restore();
      results.push({ id: mutation.id, caughtBy: outcome.failed, example: outcome.failing[0] });
      const verdict = outcome.failed === 0 ? 'SURVIT' : `attrapée par ${outcome.failed} test${outcome.failed > 1 ? 's' : ''}`;
      say(`${mutation.id.padEnd(32)} ${verdict}${outcome.failing[0] ? `, par exemple ${outcome.failing[0]}` : ''}`);
    }
    const survivors = chosen.filter((m) => results.some((r) => r.id === m.id && r.caughtBy === 0));
    say(`\n${chosen.length - survivors.length}/${chosen.length} mutations attrapées.`);
    for (const m of survivors) say(`  non attrapée : ${m.id} : ${m.says}`);
    if (options.json) console.log(JSON.stringify({ caught: chosen.length - survivors.length, total: chosen.length, results }, null, 2));
    return survivors.length === 0 ? EXIT.ok : EXIT.problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await runCommand(mutateCommand, main);
