/** Command-line options of `npm run guide:check`; a bad option is a usage error (exit 2). */
import { parseArgs } from 'node:util';
import { config } from '../../lib/config';

export interface Options {
  guide: string;
  /** A simulator already running; by default the check starts its own, in-process. */
  url?: string;
  /** A Playwright JSON report of an earlier run; by default the check runs the rule-tagged tests itself. */
  results?: string;
  /** Check only these rules against the tests (the self-test's shortcut); every rule by default. */
  onlyRules?: string[];
  traceability: string;
  json: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const usage = `Utilisation : npm run guide:check -- [options]

Vérifie que le guide dit vrai : ses étapes suivent les parcours (flows/), ses libellés
sont à l'écran du simulateur (site web et application), et chaque règle qu'il énonce a
un test qui passe.

  --guide FICHIER     le guide à vérifier (défaut : GUIDE_PATH, guide/annuler-un-litige.md)
  --url URL           un simulateur déjà lancé (défaut : un simulateur interne)
  --results FICHIER   le rapport JSON d'une exécution de Playwright (défaut : lancer les tests des règles)
  --only-rules IDS    ne vérifier que ces règles (ids séparés par des virgules)
  --traceability F    où écrire le tableau de traçabilité (défaut : out/traceability.md)
  --json              un rapport JSON sur la sortie standard, pour les programmes
  -h, --help          cette aide

Code de sortie : 0 si tout concorde, 1 si le guide a un problème, 2 si la commande est mal utilisée
ou si la vérification n'a pas pu se faire.`;

/** Parsed options, or undefined when help was asked for. */
export function parseOptions(argv: string[]): Options | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        guide: { type: 'string', default: config.GUIDE_PATH },
        url: { type: 'string' },
        results: { type: 'string' },
        'only-rules': { type: 'string' },
        traceability: { type: 'string', default: 'out/traceability.md' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return undefined;
  if (values.url !== undefined && !/^https?:\/\//.test(values.url)) {
    throw new UsageError(`--url attend une adresse http(s)://…, reçu « ${values.url} »`);
  }
  const onlyRules = values['only-rules']
    ?.split(',')
    .map((rule) => rule.trim())
    .filter(Boolean);
  if (onlyRules?.length === 0) throw new UsageError('--only-rules attend au moins un id de règle');
  return {
    guide: values.guide,
    url: values.url?.replace(/\/$/, ''),
    results: values.results,
    onlyRules,
    traceability: values.traceability,
    json: values.json,
  };
}
