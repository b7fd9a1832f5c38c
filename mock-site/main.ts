/** `npm run sim`: the simulator alone, on PORT/HOST from the environment or .env. */
import { z } from 'zod';
import { EXIT, runCommand, type CommandSpec } from '../lib/cli';
import { config } from '../lib/config';
import { logger } from '../lib/logger';
import { loadScenarios, ScenarioError } from './scenarios';
import { startServer } from './server';

const log = logger.child({ module: 'sim' });

const command: CommandSpec<object> = {
  name: 'npm run sim --',
  help: `Le simulateur seul, pour s'entraîner : un AliExpress local en français (site web et application sous /app).
L'adresse et le port viennent de HOST et PORT (dans .env ou l'environnement ; voir .env.example).`,
  options: {},
  schema: z.object({}),
};

await runCommand(command, async () => {
  try {
    const scenarios = loadScenarios();
    const server = await startServer({ config, logger: log, scenarios }, { port: config.PORT, host: config.HOST });
    log.info({ url: server.url, scenarios: scenarios.size }, `Simulateur prêt : ${server.url}  (scénarios : ${server.url}/__sim)`);
    const stop = () => void server.close().then(() => process.exit(EXIT.ok));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ScenarioError) log.fatal(error.message);
    else if (isAddressInUse(error))
      log.fatal(`Le port ${config.PORT} est déjà utilisé : choisissez-en un autre avec PORT=… (dans .env ou en variable d'environnement).`);
    else log.fatal({ err: error }, 'Le simulateur ne peut pas démarrer.');
    return EXIT.usage;
  }
});

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';
}
