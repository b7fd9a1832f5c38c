/**
 * `npm run guide:build`: writes out/guide/index.html and README.md, then
 * compares each picture with its reference (out/guide/diff.html). Exit 1 if a
 * flow could not be photographed, or with --fail-on-diff if a picture changed;
 * 2 on a bad option.
 */
import { createLogger } from '../../lib/logger';
import { ensureBrowser } from '../../harness/install';
import { parseBuildArgs, usage, UsageError } from './args';
import { buildGuide } from './build';
import { checkPictures } from './pictures';

const log = createLogger();
let args;
try {
  args = parseBuildArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n\n${usage}`);
  process.exit(2);
}
if (!args) {
  console.log(usage);
  process.exit(0);
}
const result = await buildGuide({ executablePath: await ensureBrowser((line) => log.info(line)), log });
const pictures = await checkPictures(result, args, log);
process.exitCode = !result.ok || (args.failOnDiff && pictures.changes.length > 0) ? 1 : 0;
