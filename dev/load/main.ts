/**
 * `npm run load`: 200 sessions at once against the simulator, each checking
 * its own final state; then the memory bounds (cap and expiry). Prints
 * sessions, requests, errors, p50/p99 latency and peak memory; exits 1 when
 * any check fails.
 *
 *   npm run load -- [--sessions N] [--seconds S] [--max-requests N] [--cap N] [--url http://127.0.0.1:4173] [--json]
 */
import { z } from 'zod';
import { EXIT, intOption, runCommand, urlOption, type CommandSpec, type ExitCode } from '../../lib/cli';
import { defaultLoadOptions, runLoad, type LoadOptions, type LoadReport } from './run';

const schema = z
  .object({
    sessions: intOption('--sessions', 1, 5000).optional(),
    seconds: intOption('--seconds', 1, 600).optional(),
    'max-requests': intOption('--max-requests', 1, 1_000_000).optional(),
    cap: intOption('--cap', 1, 5000).optional(),
    url: urlOption().optional(),
    json: z.boolean().default(false),
  })
  .transform((v): { options: LoadOptions; json: boolean } => ({
    json: v.json,
    options: {
      sessions: v.sessions ?? defaultLoadOptions.sessions,
      maxSeconds: v.seconds ?? defaultLoadOptions.maxSeconds,
      maxRequests: v['max-requests'],
      cap: v.cap ?? defaultLoadOptions.cap,
      url: v.url,
    },
  }));

const loadCommand: CommandSpec<z.infer<typeof schema>> = {
  name: 'npm run load --',
  help: `Des centaines de sessions à la fois contre le simulateur (sur cette machine seulement), chacune
vérifiant son propre état final ; puis le plafond de sessions et leur expiration.

  --sessions N        sessions simultanées (défaut ${defaultLoadOptions.sessions})
  --seconds S         durée maximale de la charge (défaut ${defaultLoadOptions.maxSeconds} s)
  --max-requests N    requêtes au plus (défaut 15 par session)
  --cap N             plafond SESSION_MAX de la seconde phase (défaut ${defaultLoadOptions.cap}),
                      qui crée max(sessions, 2 × plafond) sessions
  --url URL           un simulateur déjà lancé sur cette machine (127.0.0.1, ::1 ou localhost) ;
                      par défaut, un simulateur démarré dans ce processus
  --json              le résumé en JSON`,
  options: {
    sessions: { type: 'string' },
    seconds: { type: 'string' },
    'max-requests': { type: 'string' },
    cap: { type: 'string' },
    url: { type: 'string' },
    json: { type: 'boolean' },
  },
  schema,
};

function print(r: LoadReport): void {
  const lines = [
    `Cible : ${r.target}${r.inProcess ? ' (simulateur dans ce processus)' : ''}`,
    `Sessions        : ${r.sessions}`,
    `Requêtes        : ${r.requests} en ${r.seconds} s (${r.requestsPerSecond} req/s), après ouverture de ${r.sessions} connexions en ${r.warmUpMs} ms`,
    `Erreurs         : ${r.errors}`,
    `Latence         : p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms`,
    `Mémoire         : RSS ${r.memory.startRssMb} → pic ${r.memory.peakRssMb} Mo, tas utilisé au pic ${r.memory.peakHeapUsedMb} Mo${r.inProcess ? ' (client et simulateur)' : ' (client seul)'}`,
    `Simulateur      : ${r.serverUp ? 'répond toujours' : 'NE RÉPOND PLUS'}${r.storeSize === undefined ? '' : `, ${r.storeSize} sessions en mémoire`}`,
  ];
  if (r.bounds) {
    const b = r.bounds;
    lines.push(
      `Plafond         : ${b.createdOverCap} sessions créées avec SESSION_MAX=${b.cap} → ${b.storeSizeAtCap} en mémoire, la plus ancienne ${b.oldestEvicted ? 'évincée' : 'TOUJOURS LÀ'}, la plus récente ${b.newestAlive ? 'vivante' : 'PERDUE'}`,
      `Expiration      : ${b.cap} sessions inactives ${b.ttlMs} ms (TTL) → ${b.storeSizeAfterTtl} en mémoire après une nouvelle création, ancienne session ${b.expiredRefused ? 'refusée (401)' : 'ENCORE ACCEPTÉE'}`,
    );
  } else {
    lines.push('Plafond et expiration : non vérifiés (simulateur externe : sa mémoire n’est pas lisible d’ici)');
  }
  for (const sample of r.errorSamples) lines.push(`  ✗ ${sample}`);
  lines.push(r.ok ? 'Résultat        : OK' : `Résultat        : ÉCHEC — ${r.failures.join(' ; ')}`);
  console.log(lines.join('\n'));
}

async function main({ options, json }: z.infer<typeof schema>): Promise<ExitCode> {
  // A bad --url, or a simulator that cannot start or be reached at all, throws: runCommand says so and exits 2.
  const report = await runLoad(options);
  if (json) console.log(JSON.stringify(report, null, 2));
  else print(report);
  return report.ok ? EXIT.ok : EXIT.problems;
}

await runCommand(loadCommand, main);
// Exit explicitly: the load's sockets must not keep the command alive.
process.exit();
