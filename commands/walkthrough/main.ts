/**
 * `npm run walkthrough`: replays the guide's flows step by step, with captions
 * and highlights when a display is there. Exit 0 when every step matched,
 * 1 when one did not (the message names the step and its guide sentence),
 * 2 on bad usage.
 */
import { createInterface } from 'node:readline/promises';
import { EXIT, runCommand, type ExitCode } from '../../lib/cli';
import { hasDisplay } from '../../lib/config';
import type { Logger } from '../../lib/logger';
import { flows } from '../../flows/index';
import { parseWalkthroughArgs, walkthroughCommand, type WalkthroughOptions } from './options';
import type { WalkthroughResult } from './play';

/** For a test: the command's own run on arguments already known to be valid. */
export async function runWalkthroughCli(argv: string[]): Promise<ExitCode> {
  return walkthrough(parseWalkthroughArgs(argv));
}

async function walkthrough(options: WalkthroughOptions): Promise<ExitCode> {
  if (options.list) {
    for (const flow of flows.values()) console.log(`${flow.id.padEnd(48)} ${flow.title}`);
    return EXIT.ok;
  }
  // Loaded only once the options are parsed (lib/cli.ts): --help, a bad option and --list need no browser.
  const [{ createLogger }, { ensureBrowser }, { playWalkthrough }] = await Promise.all([
    import('../../lib/logger'),
    import('../../harness/install'),
    import('./play'),
  ]);
  const log = createLogger(options.json ? 'json' : 'pretty');
  if (options.practice && !hasDisplay) {
    log.error("Le mode entraînement a besoin d'un écran : c'est vous qui cliquez. Lancez-le depuis une session graphique (aucun écran détecté : DISPLAY est vide).");
    return EXIT.usage;
  }
  if (options.headedRequested && !options.headed) log.warn('Pas d’écran ici : la visite se joue sans fenêtre. Pour la voir sur un écran virtuel : xvfb-run -a npm run walkthrough -- --headed');
  const result = await playWalkthrough(options, { executablePath: await ensureBrowser((line) => log.info(line)), log, waitForPerson: options.step ? waitForEnter : undefined });
  report(result, log);
  return result.ok ? EXIT.ok : EXIT.problems;
}

function report(result: WalkthroughResult, log: Logger): void {
  const passed = result.steps.filter((s) => s.ok).length;
  const played = result.stoppedBefore.length > 0 ? 'jouées ' : '';
  if (result.ok) log.info(`Toutes les étapes ${played}correspondent au guide (${passed}/${result.steps.length}).`);
  else log.error(`${result.failures.length} parcours en échec ; étapes réussies : ${passed}/${result.steps.length}.`);
  const stops = result.stoppedBefore.map((stop) => `${stop.flowId} avant l'étape ${stop.number}/${stop.total}`);
  if (stops.length > 0) log.info(`Visite sans risque : arrêt de ${stops.join(', ')} ; aucune étape irréversible n'a été faite.`);
  if (result.refusedWrites.length > 0)
    log.error(`${result.refusedWrites.length} envoi(s) refusé(s) par la visite sans risque : une étape qui envoie quelque chose n'est pas marquée irréversible dans flows/.`);
  for (const artifact of result.artifacts) log.info(`Fichier : ${artifact}`);
}

async function waitForEnter(): Promise<void> {
  if (!process.stdin.isTTY) return;
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  await prompt.question('   ↵ Entrée pour continuer… ');
  prompt.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await runCommand(walkthroughCommand(), walkthrough);
