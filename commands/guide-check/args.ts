/** Command-line options of `npm run guide:check` (lib/cli.ts: a bad option is a usage error, exit 2). */
import { z } from 'zod';
import { listOption, urlOption, type CommandSpec } from '../../lib/cli';
import { config } from '../../lib/config';

export { UsageError } from '../../lib/cli';

export interface Options {
  guide: string;
  /** A simulator already running; by default the check starts its own, in-process. */
  url?: string;
  /** A Playwright JSON report of an earlier run; by default the check runs the rule-tagged tests itself. */
  results?: string;
  /** Check only these rules against the tests (the self-test's shortcut); every rule by default. */
  onlyRules?: string[];
  traceability: string;
  /** Also write the result as JUnit XML here, for CI systems. */
  junit?: string;
  json: boolean;
}

const schema = z
  .object({
    guide: z.string().min(1).default(config.GUIDE_PATH),
    url: urlOption().optional(),
    results: z.string().min(1).optional(),
    'only-rules': listOption('--only-rules').optional(),
    traceability: z.string().min(1).default('out/traceability.md'),
    junit: z.string().min(1).optional(),
    json: z.boolean().default(false),
  })
  .transform(
    (v): Options => ({
      guide: v.guide,
      url: v.url,
      results: v.results,
      onlyRules: v['only-rules'],
      traceability: v.traceability,
      junit: v.junit,
      json: v.json,
    }),
  );

export const guideCheckCommand: CommandSpec<Options> = {
  name: 'npm run guide:check --',
  help: `Vérifie que le guide dit vrai : ses étapes suivent les parcours (flows/), ses libellés sont à l'écran
du simulateur (site web et application), ses durées sont celles que le site applique, vérifiées à la
limite même que le guide annonce, et chaque règle qu'il énonce a un test qui passe.

  --guide FICHIER     le guide à vérifier (défaut : GUIDE_PATH, guide/annuler-un-litige.md)
  --url URL           un simulateur déjà lancé (défaut : un simulateur interne)
  --results FICHIER   le rapport JSON d'une exécution de Playwright (défaut : lancer les tests des règles)
  --only-rules IDS    ne vérifier que ces règles (ids séparés par des virgules)
  --traceability F    où écrire le tableau de traçabilité (défaut : out/traceability.md)
  --junit FICHIER     écrire aussi le résultat en JUnit XML (pour les systèmes d'intégration continue)
  --json              un rapport JSON sur la sortie standard, pour les programmes`,
  options: {
    guide: { type: 'string' },
    url: { type: 'string' },
    results: { type: 'string' },
    'only-rules': { type: 'string' },
    traceability: { type: 'string' },
    junit: { type: 'string' },
    json: { type: 'boolean' },
  },
  schema,
};
