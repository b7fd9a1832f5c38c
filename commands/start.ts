/**
 * `npm start`, the main job: makes sure a browser is there, replays both main
 * flows (headed when a display exists), builds the illustrated guide, and says
 * where everything is. Exit 0 only if every step matched the guide.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { EXIT, runCommand, type CommandSpec } from '../lib/cli';
import { createLogger } from '../lib/logger';
import { DEFAULT_REFERENCE } from './guide-build/args';
import { buildGuide } from './guide-build/build';
import { checkPictures } from './guide-build/pictures';
import { ensureBrowser } from '../harness/install';
import { parseWalkthroughArgs } from './walkthrough/options';
import { playWalkthrough } from './walkthrough/play';

const command: CommandSpec<object> = {
  name: 'npm start --',
  help: `Le travail principal : s'assure qu'un navigateur est là, rejoue le guide sur le site web puis dans
l'application (avec fenêtre quand un écran est disponible), construit le guide illustré et dit où il est.`,
  options: {},
  schema: z.object({}),
};

await runCommand(command, async () => {
  const log = createLogger();
  const executablePath = await ensureBrowser((line) => log.info(line));
  const walkthrough = await playWalkthrough(parseWalkthroughArgs([]), { executablePath, log });
  const guide = await buildGuide({ executablePath, log });
  // Says which pictures changed (out/guide/diff.html), as guide:build does; never fails the main job.
  await checkPictures(guide, { reference: DEFAULT_REFERENCE, update: false, failOnDiff: false }, log);
  const matched = walkthrough.steps.filter((s) => s.ok).length;

  log.info(`Visite guidée : ${matched}/${walkthrough.steps.length} étapes conformes au guide.`);
  log.info(`Guide illustré : ${resolve(guide.htmlPath)} (et ${guide.markdownPath})`);
  log.info("Pour vous entraîner sur le simulateur : npm run sim, puis ouvrez l'adresse affichée (scénarios : /__sim).");
  return walkthrough.ok && guide.ok ? EXIT.ok : EXIT.problems;
});
