/**
 * The checks that take time, side by side on one simulator (started here, or
 * --url): guide ↔ site with both main flows in Chromium, the boundaries as
 * experiments over HTTP, and the rule tests, already running in their child
 * run (or read from a report) when this starts.
 */
import type { Browser } from 'playwright';
import type { AppConfig } from '../../lib/config';
import { mainFlows } from '../../flows/index';
import { guideText } from '../../flows/guide-text';
import type { Flow } from '../../flows/types';
import { findChromiumFor, withChromium } from '../../harness/browser';
import { startLocalSimulator } from '../../harness/simulator';
import type { Options } from './args';
import { checkBoundaries, type BoundaryCheck } from './check-boundaries';
import type { ClaimsCheck } from './check-claims';
import type { FlowsCheck } from './check-flows';
import { checkSite, type SiteCheck, type SiteTarget } from './check-site';
import { flowsLabels, printable } from './labels';
import { seconds, type TestsSource } from './rule-proofs';
import type { ParsedGuide } from './types';

export interface Checked {
  guide: ParsedGuide;
  flows: FlowsCheck;
  claims: ClaimsCheck;
  editionFlows: readonly Flow[];
  /** The settings of the simulator started here, in the edition checked. */
  simulator: AppConfig;
  /** No site check in a browser (the in-process tests of the check). */
  withoutBrowser: boolean;
  /** A browser to drive instead of launching one (a test worker's). */
  browser?: Browser;
}

/** The site in Chromium, the experiments over HTTP and the rule tests (running, or read), on one simulator. */
export async function sideBySide(
  options: Options,
  { guide, flows, claims, editionFlows, simulator, withoutBrowser, browser }: Checked,
  ruleTests: TestsSource | Promise<TestsSource> | undefined,
  progress: (line: string) => void,
): Promise<{ site?: SiteCheck; bounds: BoundaryCheck; tests?: TestsSource }> {
  const server = options.url
    ? undefined
    : // The simulator's own settings, test hooks included (LABEL_OVERRIDES, RELAXED_RULES reach it from the environment).
      await startLocalSimulator({ settings: simulator, level: 'error' });
  const url = options.url ?? server?.url ?? '';
  const safe = options.safe ?? false;
  if (safe)
    progress(
      `Vérification sans risque (--safe) : arrêt avant chaque étape irréversible${options.url ? ', rien ne sera envoyé à ce site' : ''}.`,
    );
  try {
    const started = Date.now();
    const [site, bounds, tests] = await Promise.all([
      withoutBrowser
        ? undefined
        : runSite(browser, url, guide, flows, editionFlows, progress, {
            safe,
            readOnly: safe && options.url !== undefined,
            storageState: options.storageState,
            stepTimeoutMs: options.stepTimeoutMs,
          }),
      // The experiments move a session's clock and act on it: not on a site run safely.
      safe
        ? { problems: [], rows: [] }
        : checkBoundaries(claims.claims, url, simulator.POLICY_EDITION).then((b) => {
            progress(`Limites : ${b.rows.length} expérience(s) aux jours que dit le guide, sur ${url} (${seconds(started)}).`);
            return b;
          }),
      ruleTests,
    ]);
    return { site, bounds, tests };
  } finally {
    await server?.close();
  }
}

async function runSite(
  given: Browser | undefined,
  url: string,
  guide: ParsedGuide,
  flows: FlowsCheck,
  editionFlows: readonly Flow[],
  progress: (line: string) => void,
  mode: Pick<SiteTarget, 'safe' | 'readOnly' | 'storageState' | 'stepTimeoutMs'>,
): Promise<SiteCheck> {
  const check = async (browser: Browser): Promise<SiteCheck> => {
    const started = Date.now();
    const knownLabels = new Set(printable(flowsLabels(editionFlows)));
    const site = await checkSite(mainFlows, flows.steps, { browser, url, knownLabels, sentenceOf: guideText(guide).sentenceOf, ...mode });
    progress(`Site : ${mainFlows.map((f) => f.id).join(' et ')} sur ${url} (${seconds(started)}).`);
    for (const stop of site.stoppedBefore)
      progress(`  Arrêt avant l'étape irréversible ${stop.number}/${stop.total} de ${stop.flow.id} : « ${stop.sentence} »`);
    return site;
  };
  if (given) return check(given);
  const found = findChromiumFor('headless');
  if (!found) throw new Error('Aucun Chromium trouvé : lancez « npm run ensure-browser », puis relancez la vérification.');
  return withChromium({ executablePath: found.path }, 'headless', check);
}
