/**
 * `npm run guide:build`: writes out/guide/index.html and README.md, then
 * compares each picture with its reference (out/guide/diff.html). Exit 1 if a
 * flow could not be photographed, or with --fail-on-diff if a picture changed;
 * 2 on a bad option.
 */
import { EXIT, runCommand } from '../../lib/cli';
import { guideBuildCommand } from './args';

await runCommand(guideBuildCommand, async (args) => {
  // Loaded only once the options are parsed (lib/cli.ts): --help and a bad option need no browser.
  const [{ createLogger }, { ensureBrowser }, { buildGuide }, { checkPictures }] = await Promise.all([
    import('../../lib/logger'),
    import('../../harness/install'),
    import('./build'),
    import('./pictures'),
  ]);
  const log = createLogger();
  const result = await buildGuide({ executablePath: await ensureBrowser((line) => log.info(line)), log, edition: args.edition });
  const pictures = await checkPictures(result, args, log);
  return !result.ok || (args.failOnDiff && pictures.changes.length > 0) ? EXIT.problems : EXIT.ok;
});
