/**
 * `npm run load`: 200 sessions at once against the simulator, each checking
 * its own final state; then the memory bounds (cap and expiry). Prints
 * sessions, requests, errors, p50/p99 latency and peak memory; exits 1 when
 * any check fails.
 *
 *   npm run load -- [--sessions N] [--seconds S] [--max-requests N] [--cap N] [--url http://127.0.0.1:4173] [--json]
 */
import { parseArgs } from 'node:util';
import { defaultLoadOptions, runLoad, type LoadOptions, type LoadReport } from './run';

const usage = `npm run load -- [--sessions N] [--seconds S] [--max-requests N] [--cap N] [--url URL] [--json]

  --sessions N      sessions simultanées (défaut ${defaultLoadOptions.sessions})
  --seconds S       durée maximale de la charge (défaut ${defaultLoadOptions.maxSeconds} s)
  --max-requests N  requêtes au plus (défaut 15 par session)
  --cap N           plafond SESSION_MAX de la seconde phase (défaut ${defaultLoadOptions.cap}),
                    qui crée max(sessions, 2 × plafond) sessions
  --url URL         un simulateur déjà lancé sur cette machine (127.0.0.1, ::1 ou localhost) ;
                    par défaut, un simulateur démarré dans ce processus
  --json            le résumé en JSON`;

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} : entier positif attendu, reçu « ${value} »`);
  return n;
}

function parseOptions(argv: string[]): { options: LoadOptions; json: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      sessions: { type: 'string' },
      seconds: { type: 'string' },
      'max-requests': { type: 'string' },
      cap: { type: 'string' },
      url: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return {
    json: values.json,
    options: {
      sessions: positiveInt('sessions', values.sessions, defaultLoadOptions.sessions),
      maxSeconds: positiveInt('seconds', values.seconds, defaultLoadOptions.maxSeconds),
      maxRequests: values['max-requests'] === undefined ? undefined : positiveInt('max-requests', values['max-requests'], 0),
      cap: positiveInt('cap', values.cap, defaultLoadOptions.cap),
      url: values.url,
    },
  };
}

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

let parsed: ReturnType<typeof parseOptions>;
try {
  parsed = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
  process.exit(2);
}
try {
  const report = await runLoad(parsed.options);
  if (parsed.json) console.log(JSON.stringify(report, null, 2));
  else print(report);
  process.exit(report.ok ? 0 : 1);
} catch (error) {
  // A bad --url, or a simulator that cannot start or be reached at all.
  console.error(`Charge impossible : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
