/** `npm run sim`: the simulator alone, on PORT/HOST from the environment or .env. */
import { config } from '../lib/config';
import { logger } from '../lib/logger';
import { loadScenarios, ScenarioError } from './scenarios';
import { startServer } from './server';

const log = logger.child({ module: 'sim' });

try {
  const scenarios = loadScenarios();
  const server = await startServer({ config, logger: log, scenarios }, { port: config.PORT, host: config.HOST });
  log.info({ url: server.url, scenarios: scenarios.size }, `Simulateur prêt : ${server.url}  (scénarios : ${server.url}/__sim)`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (error instanceof ScenarioError) log.fatal(error.message);
  else if (isAddressInUse(error))
    log.fatal(`Le port ${config.PORT} est déjà utilisé : choisissez-en un autre avec PORT=… (dans .env ou en variable d'environnement).`);
  else log.fatal({ err: error }, 'Le simulateur ne peut pas démarrer.');
  process.exit(1);
}

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';
}
