/** Command-line options of `npm run guide:check` (lib/cli.ts: a bad option is a usage error, exit 2). */
import { z } from 'zod';
import { listOption, stepTimeoutHelp, stepTimeoutOption, storageStateOption, urlOption, type CommandSpec } from '../../lib/cli';
import { config } from '../../lib/config';
import { editionNames, type EditionName } from '../../mock-site/domain/editions/index';
import { STEP_TIMEOUT_MS } from '../../flows/types';

export { UsageError } from '../../lib/cli';

export interface Options {
  guide: string;
  /** A simulator already running; by default the check starts its own, in-process. */
  url?: string;
  /** Only what a read-only visit can check: the site up to the last reversible step; no rule tests, no boundary experiments. */
  safe?: boolean;
  /** A saved login (Playwright storage state) for the browser contexts; --safe and --url only. */
  storageState?: string;
  /** A Playwright JSON report of an earlier run; by default the check runs the rule-tagged tests itself. */
  results?: string;
  /** Check only these rules against the tests (the self-test's shortcut); every rule by default. */
  onlyRules?: string[];
  traceability: string;
  /** Also write the result as JUnit XML here, for CI systems. */
  junit?: string;
  json: boolean;
  /** The edition of the rules the guide is checked against (POLICY_EDITION by default). */
  edition?: EditionName;
  /** How long each step of the site check waits for its target and what must follow (STEP_TIMEOUT_MS by default). */
  stepTimeoutMs?: number;
}

const schema = z
  .object({
    guide: z.string().min(1).default(config.GUIDE_PATH),
    url: urlOption().optional(),
    safe: z.boolean().default(false),
    'storage-state': storageStateOption().optional(),
    results: z.string().min(1).optional(),
    'only-rules': listOption('--only-rules').optional(),
    traceability: z.string().min(1).default('out/traceability.md'),
    junit: z.string().min(1).optional(),
    json: z.boolean().default(false),
    edition: z.enum(editionNames, { message: `--edition : ${editionNames.join(' ou ')}` }).optional(),
    timeout: stepTimeoutOption().optional(),
  })
  .superRefine((v, ctx) => {
    const refuse = (message: string) => ctx.addIssue({ code: 'custom', message });
    // A saved login is a real account: only the safe check visits one, and only on its own site.
    if (v['storage-state'] && !v.safe) refuse('--storage-state : une session enregistrée est un vrai compte ; ajoutez --safe');
    if (v['storage-state'] && !v.url) refuse("--storage-state : indiquez aussi --url, l'adresse du site de cette session");
    if (v.safe && (v.results || v['only-rules']))
      refuse('--safe ne vérifie pas les règles par les tests : --results et --only-rules ne vont pas avec --safe');
  })
  .transform((v): Options => ({
    guide: v.guide,
    url: v.url,
    safe: v.safe,
    storageState: v['storage-state'],
    results: v.results,
    onlyRules: v['only-rules'],
    traceability: v.traceability,
    junit: v.junit,
    json: v.json,
    edition: v.edition,
    stepTimeoutMs: v.timeout,
  }));

export const guideCheckCommand: CommandSpec<Options> = {
  name: 'npm run guide:check --',
  help: `Vérifie que le guide dit vrai : ses étapes suivent les parcours (flows/), ses libellés sont à l'écran
du simulateur (site web et application), ses durées sont celles que le site applique, vérifiées à la
limite même que le guide annonce, et chaque règle qu'il énonce a un test qui passe.

  --guide FICHIER     le guide à vérifier (défaut : GUIDE_PATH, guide/annuler-un-litige.md)
  --url URL           un simulateur déjà lancé (défaut : un simulateur interne)
  --safe              vérification sans risque (un vrai compte) : le site jusqu'à la dernière étape
                      réversible, sans les tests des règles ni les expériences aux limites ;
                      avec --url, rien n'est préparé ni envoyé au site
  --storage-state F   une connexion enregistrée par Playwright (avec --safe et --url)
  --results FICHIER   le rapport JSON d'une exécution de Playwright (défaut : lancer les tests des règles)
  --only-rules IDS    ne vérifier que ces règles (ids séparés par des virgules)
  --traceability F    où écrire le tableau de traçabilité (défaut : out/traceability.md)
  --junit FICHIER     écrire aussi le résultat en JUnit XML (pour les systèmes d'intégration continue)
  --edition NOM       l'édition des règles contre laquelle vérifier le guide (${editionNames.join(', ')} ; défaut : POLICY_EDITION, ${config.POLICY_EDITION})
  --timeout MS        sur le site, ${stepTimeoutHelp(STEP_TIMEOUT_MS)}
  --json              un rapport JSON sur la sortie standard, pour les programmes`,
  options: {
    guide: { type: 'string' },
    url: { type: 'string' },
    safe: { type: 'boolean' },
    'storage-state': { type: 'string' },
    results: { type: 'string' },
    'only-rules': { type: 'string' },
    traceability: { type: 'string' },
    junit: { type: 'string' },
    json: { type: 'boolean' },
    edition: { type: 'string' },
    timeout: { type: 'string' },
  },
  schema,
};
