/** What `npm start` does once its options are parsed (commands/start.ts). */
import { resolve } from 'node:path';
import pino from 'pino';
import { EXIT, type ExitCode } from '../lib/cli';
import { createLogger, type Logger } from '../lib/logger';
import { DEFAULT_REFERENCE } from './guide-build/args';
import { buildGuide } from './guide-build/build';
import { checkPictures } from './guide-build/pictures';
import { withChromium } from '../harness/browser';
import { ensureBrowser } from '../harness/install';
import { parseWalkthroughArgs } from './walkthrough/options';
import { playWalkthrough } from './walkthrough/play';

export async function runMainJob(): Promise<ExitCode> {
  const log = createLogger();
  const executablePath = await ensureBrowser((line) => log.info(line));
  const options = parseWalkthroughArgs([]);
  // The guide is built while the walkthrough plays, in one headless browser (the walkthrough's too when no one watches);
  // the build's lines wait for the walkthrough's, so a person reads them in the usual order.
  const building = heldLogger(log.level);
  const [walkthrough, guide] = await withChromium({ executablePath }, 'headless', (browser) =>
    Promise.all([
      playWalkthrough(options, options.headed ? { executablePath, log } : { browser, log }),
      buildGuide({ browser, log: building.log }),
    ]),
  ).finally(() => building.release(log));
  // Says which pictures changed (out/guide/diff.html), as guide:build does; never fails the main job.
  await checkPictures(guide, { reference: DEFAULT_REFERENCE, update: false, failOnDiff: false }, log);
  const matched = walkthrough.steps.filter((s) => s.ok).length;

  log.info(`Visite guidée : ${matched}/${walkthrough.steps.length} étapes conformes au guide.`);
  log.info(`Guide illustré : ${resolve(guide.htmlPath)} (et ${guide.markdownPath})`);
  log.info("Pour vous entraîner sur le simulateur : npm run sim, puis ouvrez l'adresse affichée (scénarios : /__sim).");
  return walkthrough.ok && guide.ok ? EXIT.ok : EXIT.problems;
}

/** A logger that keeps its lines until `release` writes them, at their level, to the real one. */
function heldLogger(level: string): { log: Logger; release: (to: Logger) => void } {
  const lines: string[] = [];
  const log = pino({ level }, { write: (line: string) => lines.push(line) });
  const release = (to: Logger) => {
    for (const line of lines) {
      const record = JSON.parse(line) as { level: number; msg: string };
      to[to.levels.labels[record.level] as pino.Level](record.msg);
    }
  };
  return { log, release };
}
