/**
 * `npm run guide:build`: writes out/guide/index.html and README.md, then
 * compares each picture with its reference (out/guide/diff.html). Exit 1 if a
 * flow could not be photographed, or with --fail-on-diff if a picture changed;
 * 2 on a bad option.
 */
import { EXIT, runCommand } from '../../lib/cli';
import { createLogger } from '../../lib/logger';
import { ensureBrowser } from '../../harness/install';
import { guideBuildCommand } from './args';
import { buildGuide } from './build';
import { checkPictures } from './pictures';

await runCommand(guideBuildCommand, async (args) => {
  const log = createLogger();
  const result = await buildGuide({ executablePath: await ensureBrowser((line) => log.info(line)), log, edition: args.edition });
  const pictures = await checkPictures(result, args, log);
  return !result.ok || (args.failOnDiff && pictures.changes.length > 0) ? EXIT.problems : EXIT.ok;
});
