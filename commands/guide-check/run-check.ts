/**
 * The checks, in one run: guide ↔ flows (no browser), the guide's numbers
 * against the rules' parameters, guide ↔ site (the main flows in Chromium),
 * the boundaries as experiments on the simulator (HTTP), and rules ↔ tests
 * (a child test run, or an earlier run's report). The site, the experiments
 * and the tests run side by side, the tests started first.
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright';
import { config, type AppConfig } from '../../lib/config';
import { flowsOf, mainFlows } from '../../flows/index';
import { RULE_TABLE } from '../../mock-site/domain/rules';
import { RULES } from '../../mock-site/domain/policy';
import { ruleParameters } from '../../mock-site/domain/rule-parameters';
import { siteEdition } from '../../harness/simulator';
import { UsageError, type Options } from './args';
import { checkClaims, type Warning } from './check-claims';
import { checkFlows, stepSubject, type FlowsCheck } from './check-flows';
import { checkRules } from './check-rules';
import type { SiteCheck } from './check-site';
import { parseGuide } from './guide';
import { readResults, runTests, type TestsOrigin } from './rule-proofs';
import { sideBySide } from './side-by-side';
import { playsEdition } from './test-results';
import type { ParsedGuide, Problem, TraceRow } from './types';

export interface CheckRun {
  guide: ParsedGuide;
  problems: Problem[];
  /** Rule sentences CI cannot vouch for: listed, never failing. */
  warnings: Warning[];
  rows: TraceRow[];
  /** Where the test results came from, for the report. */
  tests: TestsOrigin | { source: 'none' };
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
  /** The browser the site check drives (a test worker's); the check launches its own and closes it when absent. */
  browser?: Browser;
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
  const safe = options.safe ?? false;
  // The child test run takes longest: started before the rest, it overlaps the simulator's start, the site and the experiments.
  const stopTests = new AbortController();
  const ruleTests =
    deps.withoutBrowser || safe || options.results ? undefined : runTests(options.onlyRules ?? stated, edition, progress, stopTests.signal);
  // Awaited beside the site and the experiments; a failure before then must not leave its rejection unhandled.
  ruleTests?.catch(() => {});
  try {
    progress(
      `Guide : ${options.guide}, ${flows.steps.length} étapes et ${flows.rules.length} règles reliées (règles de l'édition ${edition}).`,
    );
    const claims = checkClaims(guide, editionFlows, ruleParameters(siteEdition(settings, edition).parameters));
    progress(
      `Nombres : ${claims.claims.length} durée(s) reliée(s) à une règle, ${claims.warnings.length} phrase(s) de règle sans fait vérifiable.`,
    );
    // A given report is read first: a bad file is a usage error, better said before a minute of browsing.
    const given = options.results ? await readResults(options.results, progress) : undefined;
    const simulator = { ...settings, POLICY_EDITION: edition };
    const checks = { guide, flows, claims, editionFlows, simulator, withoutBrowser: deps.withoutBrowser ?? false, browser: deps.browser };
    const { site, bounds, tests } = await sideBySide(options, checks, given ?? ruleTests, progress);
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
    // A check that failed on the way leaves no test run behind it.
    stopTests.abort();
  }
}

async function readGuide(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`le guide ${path} est introuvable ou illisible`);
  }
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
