/** `npm run guide:build`: writes out/guide/index.html and README.md. Exit 1 if a flow could not be photographed. */
import { createLogger } from '../../lib/logger';
import { ensureBrowser } from '../ensure-browser';
import { buildGuide } from './build';

const result = await buildGuide({ executablePath: await ensureBrowser(), log: createLogger() });
process.exitCode = result.ok ? 0 : 1;
