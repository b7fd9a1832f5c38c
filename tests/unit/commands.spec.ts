/**
 * One command convention everywhere (lib/cli.ts): every entry point answers
 * --help with exit 0 and its French help, and an unknown option with exit 2
 * and a French message, before doing any work.
 */
import { expect, test } from '../../fixtures/test';
import { runProjectCommand as run } from '../helpers/run-command';

/** Each entry point, started as its npm script starts it (package.json: commands/launch.mjs). */
const entryPoints: Record<string, string> = {
  'npm start': 'commands/start.ts',
  'npm run sim': 'mock-site/main.ts',
  'npm run ensure-browser': 'commands/ensure-browser.ts',
  'npm run guide:build': 'commands/guide-build/main.ts',
  'npm run guide:check': 'commands/guide-check/main.ts',
  'npm run walkthrough': 'commands/walkthrough/main.ts',
  'npm run bench': 'dev/bench/main.ts',
  'npm run load': 'dev/load/main.ts',
  'npm run mutate': 'dev/mutation/main.ts',
};

for (const [name, file] of Object.entries(entryPoints)) {
  test(`${name}: --help exits 0 with French help; an unknown option exits 2 in French`, async () => {
    const [help, bogus] = await Promise.all([run(file, ['--help']), run(file, ['--pas-une-option'])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(`Utilisation : ${name}`);
    expect(help.stdout).toContain('Code de sortie : 0');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('Option inconnue : --pas-une-option');
    expect(bogus.stdout).toBe('');
  });
}
