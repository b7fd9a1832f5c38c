/** `npm run guide:build`: writes out/guide/index.html and README.md. Exit 1 if a flow could not be photographed. */
import { createLogger } from '../../lib/logger';
import { ensureBrowser } from '../../harness/install';
import { buildGuide } from './build';

const log = createLogger();
const result = await buildGuide({ executablePath: await ensureBrowser((line) => log.info(line)), log });
process.exitCode = result.ok ? 0 : 1;
