/**
 * The product's commands as a person waits for them, from spawn to exit:
 * `npm run guide:check` (the guide's whole proof: flows, site, rule tests and
 * the boundary experiments) and `npm start` once installed (browser check,
 * walkthrough on both surfaces, illustrated guide). One warm-up run first:
 * the launcher's bundle and the disk cache are then as a second start finds them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { childEnv, runCommand } from './children';
import { figure, type Figure } from './report';

const COMMAND_TIMEOUT_MS = 5 * 60_000;

const commands: { name: string; args: string[]; targetSeconds: number }[] = [
  { name: '`npm run guide:check`, du lancement à la fin', args: ['run', 'guide:check'], targetSeconds: 10 },
  { name: '`npm start` une fois installé, du lancement à la fin', args: ['start'], targetSeconds: 10 },
];

async function wallSeconds(args: string[]): Promise<number> {
  const result = await runCommand('npm', args, { timeoutMs: COMMAND_TIMEOUT_MS, env: childEnv({ LOG_FORMAT: 'json' }) });
  if (result.timedOut) throw new Error(`npm ${args.join(' ')} : toujours en cours après ${COMMAND_TIMEOUT_MS / 60_000} min`);
  if (result.code !== 0) {
    // The whole output goes to a file: the cause of a failure is usually far above its last lines.
    const logPath = `out/bench-npm-${args.at(-1)?.replace(/[^a-z-]/gi, '-')}.log`;
    await mkdir('out', { recursive: true });
    await writeFile(logPath, `${result.stdout}\n--- stderr ---\n${result.stderr}`);
    throw new Error(
      `npm ${args.join(' ')} a fini en code ${result.code} (sortie complète : ${logPath}) :\n${(result.stdout + result.stderr).slice(-1500)}`,
    );
  }
  return result.ms / 1000;
}

export async function benchCommands(settings: { runs: number }): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const command of commands) {
    await wallSeconds(command.args);
    const runs: number[] = [];
    for (let run = 0; run < settings.runs; run++) runs.push(await wallSeconds(command.args));
    figures.push(figure('commands', command.name, 's', runs, { kind: 'max', value: command.targetSeconds }));
  }
  return figures;
}
