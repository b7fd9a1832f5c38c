/**
 * The safe run (--safe), for someone who checks or practises on a real
 * account: driven like a foreign site (--url and a saved login, nothing
 * seeded), each main flow plays up to its last reversible step and stops
 * before the first irreversible one; the browser sends no POST at all, and
 * the session's full state, read afterwards on a separate request context, is
 * what it was. The guide check's safe mode passes on the real guide and says
 * it was partial.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '../../fixtures/test';
import { silentLogger } from '../../lib/logger';
import { mainFlows } from '../../flows/index';
import { SimClient } from '../../harness/sim-client';
import { parseWalkthroughArgs } from '../../commands/walkthrough/options';
import { playWalkthrough } from '../../commands/walkthrough/play';
import { checkGuideHere, runGuideCheck } from '../helpers/guide-check';
import { runProjectCommand } from '../helpers/run-command';

const log = silentLogger();

for (const flow of mainFlows) {
  test(`safe run of ${flow.id}: up to the last reversible step, no POST, the session's state unchanged`, async ({
    simulator,
    playwright,
    browser,
  }) => {
    test.setTimeout(60_000);
    // The "real account": a session seeded on its own request context, saved as Playwright saves a login.
    const account = await playwright.request.newContext({ baseURL: simulator.url });
    const api = new SimClient(account);
    await api.start(flow.scenario);
    const login = test.info().outputPath('connexion.json');
    await account.storageState({ path: login });
    const before = await api.state();
    const sessions = simulator.store.size;

    const requests: { method: string; url: string }[] = [];
    const outDir = test.info().outputPath('walkthrough');
    const options = parseWalkthroughArgs([
      flow.id,
      '--safe',
      '--url',
      simulator.url,
      '--storage-state',
      login,
      '--headless',
      '--out',
      outDir,
    ]);
    const result = await playWalkthrough(options, {
      browser,
      log,
      observe: (context) => context.on('request', (request) => requests.push({ method: request.method(), url: request.url() })),
    });

    // The network first: a POST is the one thing a safe run must never do.
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(requests.filter((r) => new URL(r.url).pathname.startsWith('/__sim'))).toEqual([]);
    const stop = flow.steps.findIndex((step) => step.irreversible);
    expect(stop, 'the flow marks an irreversible step').toBeGreaterThan(0);
    expect(result.failures).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.steps.map((s) => s.stepId)).toEqual(flow.steps.slice(0, stop).map((s) => s.id));
    expect(result.stoppedBefore).toEqual([expect.objectContaining({ flowId: flow.id, stepId: flow.steps[stop]?.id, number: stop + 1 })]);
    // Nothing seeded (no new session) and nothing changed in the account's session.
    expect(simulator.store.size).toBe(sessions);
    expect(await api.state()).toEqual(before);
    await account.dispose();
  });
}

test('--storage-state with a missing file is a French usage error (exit 2), for both commands', async () => {
  const missing = join(tmpdir(), 'pas-de-connexion-ici.json');
  const args = ['--safe', '--url', 'http://127.0.0.1:9', '--storage-state', missing];
  const [walkthrough, check] = await Promise.all([runProjectCommand('commands/walkthrough/main.ts', args), runGuideCheck(args, {})]);
  for (const run of [walkthrough, check]) {
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain(`--storage-state : le fichier ${missing} est introuvable ou illisible`);
  }
});

test('guide:check --safe passes on the real guide against its own simulator and says the check was partial', async ({ browser }) => {
  test.setTimeout(120_000);
  const traceability = test.info().outputPath('traceability.md');
  const { code, stdout, stderr } = await checkGuideHere(['--safe', '--traceability', traceability], { browser });
  expect(code, `${stdout}\n${stderr}`).toBe(0);
  expect(stdout).toContain('(vérification partielle : --safe');
  expect(stdout).toContain('ni les tests des règles ni les expériences aux limites');
  for (const flow of mainFlows) {
    const stop = flow.steps.findIndex((step) => step.irreversible);
    expect(stderr).toContain(`Arrêt avant l'étape irréversible ${stop + 1}/${flow.steps.length} de ${flow.id}`);
  }
  expect(stderr).not.toContain('Tests :');
  expect(stderr).not.toContain('Limites :');
  const table = await readFile(traceability, 'utf8');
  // The irreversible steps and what follows them were not visited: never « ok ».
  const unvisited = mainFlows.reduce((n, flow) => n + flow.steps.length - flow.steps.findIndex((step) => step.irreversible), 0);
  expect(table.split('\n').filter((line) => line.endsWith('⏭️ non vérifié |'))).toHaveLength(unvisited);
});

test('guide:check --safe --url --storage-state visits that session read-only: its state unchanged, no session added', async ({
  simulator,
  playwright,
  browser,
}) => {
  test.setTimeout(120_000);
  const account = await playwright.request.newContext({ baseURL: simulator.url });
  const api = new SimClient(account);
  await api.start(mainFlows[0]?.scenario ?? '');
  const login = test.info().outputPath('connexion.json');
  await account.storageState({ path: login });
  const before = await api.state();
  const sessions = simulator.store.size;
  const args = ['--safe', '--url', simulator.url, '--storage-state', login, '--traceability', test.info().outputPath('traceability.md')];
  const { code, stdout, stderr } = await checkGuideHere(args, { browser });
  expect(code, `${stdout}\n${stderr}`).toBe(0);
  expect(stderr).toContain('rien ne sera envoyé à ce site');
  expect(simulator.store.size).toBe(sessions);
  expect(await api.state()).toEqual(before);
  await account.dispose();
});
