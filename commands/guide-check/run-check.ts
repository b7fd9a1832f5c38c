/**
 * The checks, in one run: guide ↔ flows (no browser), the guide's numbers
 * against the rules' parameters, guide ↔ site (the main flows in Chromium),
 * the boundaries as experiments on the simulator (HTTP), and rules ↔ tests
 * (a child test run, or an earlier run's report). The site, the experiments
 * and the tests run side by side.
 */
import { readFile } from 'node:fs/promises';

import { config, type AppConfig } from '../../lib/config';
import { flowsOf, mainFlows } from '../../flows/index';
import { RULE_TABLE } from '../../mock-site/domain/rules';
import { RULES } from '../../mock-site/domain/policy';
import { ruleParameters } from '../../mock-site/domain/rule-parameters';
import { findChromiumFor, launchChromium } from '../../harness/browser';
import { guideText } from '../../flows/guide-text';
import { UsageError, type Options } from './args';
import { checkBoundaries } from './check-boundaries';
import { checkClaims, type Warning } from './check-claims';
import { checkFlows, stepSubject, type FlowsCheck } from './check-flows';
import { checkRules } from './check-rules';
import { checkSite, type SiteCheck, type SiteTarget } from './check-site';
import { parseGuide } from './guide';
import { flowsLabels, printable } from './labels';
import { runRuleTests } from './run-tests';
import { playsEdition, readReport, type Report } from './test-results';
import type { ParsedGuide, Problem, TraceRow } from './types';
import type { Flow } from '../../flows/types';
import { siteEdition, startLocalSimulator } from '../../harness/simulator';

export interface CheckRun {
  guide: ParsedGuide;
  problems: Problem[];
  /** Rule sentences CI cannot vouch for: listed, never failing. */
  warnings: Warning[];
  rows: TraceRow[];
  /** Where the test results came from, for the report. */
  tests: { source: 'run'; command: string } | { source: 'file'; file: string; startTime?: string } | { source: 'none' };
  /** Why some checks did not run (the safe check), in French; the summary says it. */
  partial?: string;
}

/** What the safe check leaves out, and why: both need to change the site's state. */
export const SAFE_SCOPE =
  "--safe : le site seulement jusqu'à la dernière étape réversible ; ni les tests des règles ni les expériences aux limites, qui changent l'état du site";

export interface CheckDeps {
  /** The simulator's settings, and so the rule parameters the guide's numbers must equal; the project's config by default. */
  config?: AppConfig;
  /** Only the checks without a browser or a child test run: flows, numbers, boundaries (the in-process tests). */
  withoutBrowser?: boolean;
}

export async function runCheck(options: Options, progress: (line: string) => void, deps: CheckDeps = {}): Promise<CheckRun> {
  const settings = deps.config ?? config;
  const edition = options.edition ?? settings.POLICY_EDITION;
  // The guide is checked against one edition: its rules, its rule flows, its numbers, its simulator.
  const editionFlows = flowsOf(edition);
  const ruleIds = new Set(Object.values(RULES).filter((rule) => RULE_TABLE[rule].editions.includes(edition)));
  const guide = parseGuide(await readGuide(options.guide), options.guide);
  const flows = checkFlows(guide, { main: mainFlows, all: editionFlows, ruleIds, edition });
  const stated = [...new Set(flows.rules.map((r) => r.ruleId))];
  const unknown = options.onlyRules?.filter((rule) => !stated.includes(rule)) ?? [];
  if (unknown.length > 0)
    throw new UsageError(`--only-rules : le guide n'énonce pas ${unknown.join(', ')} (il énonce ${stated.join(', ')})`);
  progress(
    `Guide : ${options.guide}, ${flows.steps.length} étapes et ${flows.rules.length} règles reliées (règles de l'édition ${edition}).`,
  );
  const parameters = ruleParameters(siteEdition(settings, edition).parameters);
  const claims = checkClaims(guide, editionFlows, parameters);
  progress(
    `Nombres : ${claims.claims.length} durée(s) reliée(s) à une règle, ${claims.warnings.length} phrase(s) de règle sans fait vérifiable.`,
  );

  // A given report is read first: a bad file is a usage error, better said before a minute of browsing.
  const given = options.results ? await readResults(options.results, progress) : undefined;
  const server = options.url
    ? undefined
    : // The simulator's own settings, test hooks included (LABEL_OVERRIDES, RELAXED_RULES reach it from the environment), in the edition checked.
      await startLocalSimulator({ settings: { ...settings, POLICY_EDITION: edition }, level: 'error' });
  const url = options.url ?? server?.url ?? '';
  const safe = options.safe ?? false;
  if (safe)
    progress(
      `Vérification sans risque (--safe) : arrêt avant chaque étape irréversible${options.url ? ', rien ne sera envoyé à ce site' : ''}.`,
    );
  try {
    const started = Date.now();
    const [site, bounds, tests] = await Promise.all([
      deps.withoutBrowser
        ? undefined
        : runSite(url, guide, flows, editionFlows, progress, {
            safe,
            readOnly: safe && options.url !== undefined,
            storageState: options.storageState,
          }),
      // The experiments move a session's clock and act on it: not on a site run safely.
      safe
        ? { problems: [], rows: [] }
        : checkBoundaries(claims.claims, url, edition).then((b) => {
            progress(`Limites : ${b.rows.length} expérience(s) aux jours que dit le guide, sur ${url} (${seconds(started)}).`);
            return b;
          }),
      deps.withoutBrowser || safe ? undefined : (given ?? runTests(options.onlyRules ?? stated, edition, progress)),
    ]);
    // A rule is proven by the tests of the edition checked (a 2016 test says nothing of today's rules).
    const editionTests = tests?.report.tests.filter((t) => playsEdition(t, edition)) ?? [];
    const rules = tests ? checkRules(flows.rules, editionTests, options.onlyRules) : { problems: [], rows: [] };
    const problems = [...flows.problems, ...claims.problems, ...bounds.problems, ...(site?.problems ?? []), ...rules.problems];
    const steps = site ? stepRows(flows, site, problems) : [];
    const rows = [...steps, ...rules.rows, ...bounds.rows].sort((a, b) => a.line - b.line);
    return {
      guide,
      problems,
      warnings: claims.warnings,
      rows,
      tests: tests?.source ?? { source: 'none' },
      partial: safe ? SAFE_SCOPE : undefined,
    };
  } finally {
    await server?.close();
  }
}

async function readGuide(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`le guide ${path} est introuvable ou illisible`);
  }
}

async function runSite(
  url: string,
  guide: ParsedGuide,
  flows: FlowsCheck,
  editionFlows: readonly Flow[],
  progress: (line: string) => void,
  mode: Pick<SiteTarget, 'safe' | 'readOnly' | 'storageState'>,
): Promise<SiteCheck> {
  const found = findChromiumFor('headless');
  if (!found) throw new Error('Aucun Chromium trouvé : lancez « npm run ensure-browser », puis relancez la vérification.');
  const browser = await launchChromium('headless', found.path);
  try {
    const started = Date.now();
    const knownLabels = new Set(printable(flowsLabels(editionFlows)));
    const site = await checkSite(mainFlows, flows.steps, { browser, url, knownLabels, sentenceOf: guideText(guide).sentenceOf, ...mode });
    progress(`Site : ${mainFlows.map((f) => f.id).join(' et ')} sur ${url} (${seconds(started)}).`);
    for (const stop of site.stoppedBefore)
      progress(`  Arrêt avant l'étape irréversible ${stop.number}/${stop.total} de ${stop.flow.id} : « ${stop.sentence} »`);
    return site;
  } finally {
    await browser.close();
  }
}

interface TestsSource {
  report: Report;
  source: Exclude<CheckRun['tests'], { source: 'none' }>;
}

async function readResults(file: string, progress: (line: string) => void): Promise<TestsSource> {
  let report: Report;
  try {
    report = readReport(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    throw new UsageError(
      `--results : ${file} n'est pas un rapport JSON de Playwright lisible (${(error as Error).message.split('\n')[0]})`,
    );
  }
  progress(`Tests : rapport ${file} (exécution du ${report.startTime ?? '?'}), ${count(report.tests.length, 'test')}.`);
  return { report, source: { source: 'file', file, startTime: report.startTime } };
}

async function runTests(ruleIds: readonly string[], edition: string, progress: (line: string) => void): Promise<TestsSource> {
  if (ruleIds.length === 0) return { report: { tests: [] }, source: { source: 'run', command: '(aucune règle à tester)' } };
  const started = Date.now();
  const run = await runRuleTests(ruleIds, edition);
  progress(`Tests : ${run.command} → ${count(run.report.tests.length, 'test')} (${seconds(started)}).`);
  if (run.artefacts) progress(`Traces des tests en échec : ${run.artefacts} (npx playwright show-trace …/trace.zip).`);
  return { report: run.report, source: { source: 'run', command: run.command } };
}

/** One row per main-flow step: its guide sentence (if any), the flow step, the browser run, the result. */
function stepRows(flows: FlowsCheck, site: SiteCheck, problems: readonly Problem[]): TraceRow[] {
  return mainFlows.flatMap((flow) =>
    flow.steps.map((step, index): TraceRow => {
      const subject = stepSubject(flow, index + 1);
      const link = flows.steps.find((l) => l.step === step);
      const failed = problems.some((p) => p.subject === subject && p.check !== 'tests');
      return {
        line: link?.item.line ?? 0,
        subject,
        sentence: link?.item.sentence ?? '(aucune phrase du guide)',
        proof: [`${flow.id}/${step.id}`],
        tests: [`guide:check, ${flow.surface === 'web' ? 'Desktop Chrome' : 'Pixel 7'}`],
        result: failed ? 'échec' : (site.outcomes.get(step) ?? 'non vérifié'),
      };
    }),
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n > 1 ? 's' : ''}`;
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1).replace('.', ',')} s`;
}
