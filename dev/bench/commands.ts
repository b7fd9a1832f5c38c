/**
 * The product's commands as a person waits for them, from spawn to exit:
 * `npm run guide:check` (the guide's whole proof: flows, site, rule tests and
 * the boundary experiments) and `npm start` once installed (browser check,
 * walkthrough on both surfaces, illustrated guide). One warm-up run first:
 * the launcher's bundle and the disk cache are then as a second start finds them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { childEnv, runCommand } from './children';
import { reapedChildrenCpuMs } from './cpu';
import { figure, type Figure } from './report';

const COMMAND_TIMEOUT_MS = 5 * 60_000;

const commands: { name: string; args: string[]; targetSeconds: number }[] = [
  { name: '`npm run guide:check`, du lancement à la fin', args: ['run', 'guide:check'], targetSeconds: 10 },
  { name: '`npm start` une fois installé, du lancement à la fin', args: ['start'], targetSeconds: 10 },
];

/** Wall seconds from spawn to exit, and the CPU seconds of the command's whole tree (undefined off Linux). */
async function timeCommand(args: string[]): Promise<{ wall: number; cpu: number | undefined }> {
  const cpuBefore = reapedChildrenCpuMs();
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
  const cpuAfter = reapedChildrenCpuMs();
  return { wall: result.ms / 1000, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / 1000 };
}

export async function benchCommands(settings: { runs: number }): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const command of commands) {
    await timeCommand(command.args);
    const runs: { wall: number; cpu: number | undefined }[] = [];
    for (let run = 0; run < settings.runs; run++) runs.push(await timeCommand(command.args));
    figures.push(
      figure(
        'commands',
        command.name,
        's',
        runs.map((r) => r.wall),
        { kind: 'max', value: command.targetSeconds },
      ),
    );
    const cpu = runs.flatMap((r) => (r.cpu === undefined ? [] : [r.cpu]));
    // Less sensitive to steal than wall time, not to a slower host (see the sections' reference work).
    if (cpu.length > 0) figures.push(figure('commands', `${command.name} : temps CPU de tous ses processus`, 's', cpu));
  }
  return figures;
}
