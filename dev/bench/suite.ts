/**
 * Figure 2, the suite: `playwright test` as `npm test` runs it (every project,
 * the config's workers), timed from spawn to exit, with suite-reporter.ts
 * recording where each test's time goes and the json reporter its raw report
 * (out/bench-suite.json). Test artefacts go to out/bench-test-results, not
 * test-results/, so the bench never clobbers someone else's run.
 * "The whole npm test" is its parts timed once (typecheck, lint,
 * ensure-browser) plus the suite's median wall time: the same commands
 * `npm test` chains, without running the suite one more time.
 */
import { readFileSync, rmSync } from 'node:fs';
import { requireChromium } from './browser-setup';
import { childEnv, runCommand } from './children';
import { figure, type Figure } from './report';
import { seedingMs } from './seeding';
import { median, sum } from '../stats';
import { timingsPath, type SuiteTimings, type TestTiming } from './suite-reporter';

const browserProjects = ['web', 'app'];
const splitKeys = ['browser', 'context', 'hooks', 'seeding', 'steps', 'body'] as const;
const splitNames: Record<(typeof splitKeys)[number], string> = {
  browser: 'lancement du navigateur',
  context: 'contexte + page (ouverture, fermeture, traçage)',
  hooks: 'autres fixtures et hooks (simulateur, traces)',
  seeding: 'préparation des sessions (API de contrôle)',
  steps: 'étapes des parcours (test.step)',
  body: 'reste du corps des tests (goto, vérifications)',
};

/** One step of `npm test`, timed; a failure (someone's work in progress) is noted, not fatal: the time still counts. */
async function timed(script: string): Promise<{ script: string; ms: number; ok: boolean }> {
  const result = await runCommand('npm', ['run', script], { timeoutMs: 5 * 60_000 });
  return { script, ms: result.ms, ok: result.code === 0 };
}

async function runSuite(quick: boolean): Promise<{ wallMs: number; timings: SuiteTimings; failed: number }> {
  rmSync(timingsPath, { force: true });
  const scope = quick ? ['tests/surfaces/main-flow.spec.ts', '--project', 'web'] : [];
  const result = await runCommand(
    'npx',
    ['playwright', 'test', ...scope, '--reporter=json,./dev/bench/suite-reporter.ts', '--output', 'out/bench-test-results'],
    { timeoutMs: 30 * 60_000, env: childEnv({ PLAYWRIGHT_JSON_OUTPUT_NAME: 'out/bench-suite.json' }) },
  );
  if (result.timedOut) throw new Error('playwright test : toujours en cours après 30 min');
  let timings: SuiteTimings;
  try {
    timings = JSON.parse(readFileSync(timingsPath, 'utf8')) as SuiteTimings;
  } catch {
    throw new Error(
      `playwright test n'a écrit aucun temps (code de sortie ${result.code}) :\n${(result.stdout + result.stderr).slice(-1500)}`,
    );
  }
  const failed = timings.tests.filter((t) => t.status !== 'passed' && t.status !== 'skipped').length;
  return { wallMs: result.ms, timings, failed };
}

export async function benchSuite(settings: { runs: number; quick: boolean }): Promise<Figure[]> {
  requireChromium();
  const parts = settings.quick ? [] : [await timed('typecheck'), await timed('lint'), await timed('ensure-browser')];
  const walls: number[] = [];
  const runs: TestTiming[][] = [];
  let failed = 0;
  for (let run = 0; run < settings.runs; run++) {
    const suite = await runSuite(settings.quick);
    walls.push(suite.wallMs / 1000);
    runs.push(suite.timings.tests);
    failed = Math.max(failed, suite.failed);
  }
  const last = runs.at(-1) ?? [];
  const failures = failed > 0 ? ` ; ${failed} test(s) en échec (voir out/bench-suite.json)` : '';
  const figures: Figure[] = [];
  if (!settings.quick) {
    figures.push(
      figure(
        'suite',
        '`npm test` entier (typecheck + lint + ensure-browser + playwright test)',
        's',
        walls.map((w) => w + sum(parts.map((p) => p.ms)) / 1000),
        { kind: 'max', value: 60 },
        parts.map((p) => `${p.script} ${(p.ms / 1000).toFixed(1)} s${p.ok ? '' : ' (en échec)'}`).join(', '),
      ),
    );
  }
  figures.push(
    figure(
      'suite',
      `playwright test${settings.quick ? ' (rapide : spec main-flow, web)' : ''} : durée réelle`,
      's',
      walls,
      undefined,
      `${last.length} tests${failures} ; les plus lents : ${slowestFiles(last)}`,
    ),
  );
  for (const project of ['unit', ...browserProjects]) {
    const perRun = runs.map((tests) => median(tests.filter((t) => t.project === project).map((t) => t.duration)));
    if (perRun.every(Number.isNaN)) continue;
    const count = last.filter((t) => t.project === project).length;
    figures.push(figure('suite', `par test, ${project} (${count} tests)`, 'ms', perRun));
  }
  const browserTests = (tests: TestTiming[]) => tests.filter((t) => browserProjects.includes(t.project));
  for (const key of splitKeys) {
    figures.push(
      figure(
        'suite',
        `Σ ${splitNames[key]}`,
        's',
        runs.map((tests) => sum(browserTests(tests).map((t) => t[key])) / 1000),
      ),
    );
  }
  figures.push(
    figure(
      'suite',
      'Σ tests du projet unit',
      's',
      runs.map((tests) => sum(tests.filter((t) => t.project === 'unit').map((t) => t.duration)) / 1000),
    ),
    figure(
      'suite',
      'préparation de session par test, dans la suite',
      'ms',
      runs.map((tests) =>
        median(
          browserTests(tests)
            .filter((t) => t.seeding > 0)
            .map((t) => t.seeding),
        ),
      ),
      { kind: 'max', value: 5 },
      "appels à l'API de contrôle avant la première navigation, tels que le test les paie (page.request, traçage actif)",
    ),
  );
  const seeding = await seedingMs();
  figures.push(
    figure('suite', 'préparation de session seule : SimClient.start, sans navigateur (médiane de 50)', 'ms', [seeding.alone], {
      kind: 'max',
      value: 5,
    }),
    figure('suite', 'préparation de session par page.request (cookies du navigateur), sans traçage', 'ms', [seeding.browserContext]),
  );
  return figures;
}

/** Where the time goes by spec file and project, the five largest: « 131 s unit guide/self-test.spec.ts (2) ». */
function slowestFiles(tests: readonly TestTiming[]): string {
  const byFile = new Map<string, { ms: number; count: number }>();
  for (const t of tests) {
    const key = `${t.project} ${t.title.split(' › ')[0]}`;
    const entry = byFile.get(key) ?? { ms: 0, count: 0 };
    byFile.set(key, { ms: entry.ms + t.duration, count: entry.count + 1 });
  }
  return [...byFile.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 5)
    .map(([file, { ms, count }]) => `${Math.round(ms / 1000)} s ${file} (${count})`)
    .join(', ');
}
