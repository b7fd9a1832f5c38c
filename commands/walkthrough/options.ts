/**
 * `npm run walkthrough -- [flow-id ...] [options]`, on the command convention
 * (lib/cli.ts): parseArgs, then zod. Bad input is a UsageError in French (exit 2).
 */
import { z } from 'zod';
import { intOption, parseCommand, stepTimeoutHelp, stepTimeoutOption, storageStateOption, urlOption, UsageError, type CommandSpec } from '../../lib/cli';
import { config, hasDisplay } from '../../lib/config';
import { flows } from '../../flows/index';
import { STEP_TIMEOUT_MS } from '../../flows/types';
import { editionNames, type EditionName } from '../../mock-site/domain/editions/index';

export { UsageError };

export const DEFAULT_FLOWS = ['annuler-litige-web', 'annuler-litige-app'];
const HEADED_PACE_MS = 1500;

export interface WalkthroughOptions {
  flowIds: string[];
  url?: string;
  /** Stop before the first irreversible step; with --url, read-only (nothing seeded, nothing posted). */
  safe: boolean;
  /** A saved login (Playwright storage state) for the browser contexts: a real account, so --safe only. */
  storageState?: string;
  headed: boolean;
  headedRequested: boolean;
  pace: number;
  stepTimeoutMs: number;
  step: boolean;
  practice: boolean;
  record: boolean;
  trace: boolean;
  json: boolean;
  list: boolean;
  outDir: string;
  guide: string;
  /** The edition of the rules the main flows play (rule flows keep their own); POLICY_EDITION by default. */
  edition?: EditionName;
}

const flag = z.boolean().default(false);

/** The raw options; headed and pacing depend on whether a person can see a window. */
const rawSchema = z
  .object({
    positionals: z.array(z.string()).refine((ids) => ids.every((id) => flows.has(id)), {
      error: (issue) =>
        `Parcours inconnu : ${(issue.input as string[]).filter((id) => !flows.has(id)).join(', ')}. Parcours disponibles : ${[...flows.keys()].join(', ')}`,
    }),
    url: urlOption().optional(),
    safe: flag,
    'storage-state': storageStateOption().optional(),
    headed: flag,
    headless: flag,
    pace: intOption('--pace', 0, 60_000).optional(),
    timeout: stepTimeoutOption().optional(),
    step: flag,
    practice: flag,
    record: flag,
    trace: flag,
    json: flag,
    list: flag,
    out: z.string().min(1).default('out/walkthrough'),
    guide: z.string().min(1).default(config.GUIDE_PATH),
    edition: z.enum(editionNames, { message: `--edition : ${editionNames.join(' ou ')}` }).optional(),
  })
  .superRefine((v, ctx) => {
    // A saved login is a real account: only the safe run drives one, and only on the site it belongs to.
    if (v['storage-state'] && !v.safe)
      ctx.addIssue({ code: 'custom', message: '--storage-state : une session enregistrée est un vrai compte ; ajoutez --safe' });
    if (v['storage-state'] && !v.url)
      ctx.addIssue({ code: 'custom', message: "--storage-state : indiquez aussi --url, l'adresse du site de cette session" });
  });

export function walkthroughCommand(display = hasDisplay): CommandSpec<WalkthroughOptions> {
  return {
    name: 'npm run walkthrough -- [identifiant-de-parcours ...]',
    help: `Rejoue les parcours du guide pas à pas (par défaut : ${DEFAULT_FLOWS.join(', ')}).
  --url <url>        utiliser un simulateur déjà lancé (sinon : démarré ici, port libre)
  --safe             visite sans risque : s'arrête avant la première étape irréversible
                     (annuler, confirmer, envoyer, rouvrir) ; avec --url, rien n'est préparé ni envoyé
  --storage-state F  une connexion enregistrée par Playwright (avec --safe et --url)
  --headed           navigateur visible (par défaut quand un écran est disponible)
  --headless         navigateur invisible
  --pace <ms>        pause entre les étapes (défaut : ${HEADED_PACE_MS} visible, 0 invisible)
  --timeout <ms>     ${stepTimeoutHelp(STEP_TIMEOUT_MS)}
  --step             attendre Entrée avant chaque étape
  --practice         entraînement : c'est vous qui cliquez (écran requis)
  --record           enregistrer une vidéo (ffmpeg requis)
  --trace            enregistrer une trace Playwright
  --out <dossier>    où écrire vidéos, traces et captures (défaut : out/walkthrough)
  --guide <fichier>  le guide dont les phrases s'affichent (défaut : ${config.GUIDE_PATH})
  --edition <nom>    l'édition des règles que jouent les parcours principaux (${editionNames.join(', ')} ; défaut : POLICY_EDITION)
  --json             journal en JSON (pour les programmes)
  --list             lister les parcours disponibles
Parcours : ${[...flows.keys()].join(', ')}`,
    options: {
      url: { type: 'string' },
      safe: { type: 'boolean' },
      'storage-state': { type: 'string' },
      headed: { type: 'boolean' },
      headless: { type: 'boolean' },
      pace: { type: 'string' },
      timeout: { type: 'string' },
      step: { type: 'boolean' },
      practice: { type: 'boolean' },
      record: { type: 'boolean' },
      trace: { type: 'boolean' },
      json: { type: 'boolean' },
      list: { type: 'boolean' },
      out: { type: 'string' },
      guide: { type: 'string' },
      edition: { type: 'string' },
    },
    positionals: true,
    schema: rawSchema.transform((v): WalkthroughOptions => {
      // Headed whenever a person can see it, unless asked otherwise; without a display, headless (main.ts hints at xvfb-run).
      const headed = !v.headless && display;
      return {
        flowIds: v.positionals.length > 0 ? v.positionals : DEFAULT_FLOWS,
        url: v.url,
        safe: v.safe,
        storageState: v['storage-state'],
        headed,
        headedRequested: v.headed,
        pace: v.pace ?? (headed ? HEADED_PACE_MS : 0),
        stepTimeoutMs: v.timeout ?? STEP_TIMEOUT_MS,
        step: v.step,
        practice: v.practice,
        record: v.record,
        trace: v.trace,
        json: v.json,
        list: v.list,
        outDir: v.out,
        guide: v.guide,
        edition: v.edition,
      };
    }),
  };
}

/** The options of a run started by another command or a test (no --help there). */
export function parseWalkthroughArgs(argv: string[], display = hasDisplay): WalkthroughOptions {
  const parsed = parseCommand(walkthroughCommand(display), argv);
  if (parsed.help) throw new UsageError("--help n'a de sens qu'en ligne de commande");
  return parsed.options;
}
