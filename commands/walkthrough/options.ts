/**
 * `npm run walkthrough -- [flow-id ...] [options]`: parsed with node's
 * parseArgs, validated with zod. Bad input is a UsageError in French (exit 2).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { config, hasDisplay } from '../../lib/config';
import { flows } from '../../flows/index';

export const DEFAULT_FLOWS = ['annuler-litige-web', 'annuler-litige-app'];
const HEADED_PACE_MS = 1500;
/** Playwright's own expect timeout: a local page that takes longer is broken, not slow. */
const DEFAULT_STEP_TIMEOUT_MS = 5000;

export class UsageError extends Error {
  override name = 'UsageError';
}

export const usage = `Usage : npm run walkthrough -- [identifiant-de-parcours ...] [options]

Rejoue les parcours du guide pas à pas (par défaut : ${DEFAULT_FLOWS.join(', ')}).
  --url <url>        utiliser un simulateur déjà lancé (sinon : démarré ici, port libre)
  --headed           navigateur visible (par défaut quand un écran est disponible)
  --headless         navigateur invisible
  --pace <ms>        pause entre les étapes (défaut : ${HEADED_PACE_MS} visible, 0 invisible)
  --timeout <ms>     attente maximale de chaque étape (défaut : ${DEFAULT_STEP_TIMEOUT_MS})
  --step             attendre Entrée avant chaque étape
  --practice         entraînement : c'est vous qui cliquez (écran requis)
  --record           enregistrer une vidéo (ffmpeg requis)
  --trace            enregistrer une trace Playwright
  --out <dossier>    où écrire vidéos, traces et captures (défaut : out/walkthrough)
  --guide <fichier>  le guide dont les phrases s'affichent (défaut : ${config.GUIDE_PATH})
  --json             journal en JSON (pour les programmes)
  --list             lister les parcours disponibles
Parcours : ${[...flows.keys()].join(', ')}`;

const optionsSchema = z.object({
  flowIds: z.array(z.string()).min(1),
  url: z.url({ message: '--url : adresse http(s) attendue, par exemple http://127.0.0.1:4173' }).optional(),
  headed: z.boolean(),
  headedRequested: z.boolean(),
  pace: z.coerce.number({ message: '--pace : un nombre de millisecondes' }).int().min(0).max(60_000),
  stepTimeoutMs: z.coerce.number({ message: '--timeout : un nombre de millisecondes' }).int().min(100).max(120_000),
  step: z.boolean(),
  practice: z.boolean(),
  record: z.boolean(),
  trace: z.boolean(),
  json: z.boolean(),
  list: z.boolean(),
  outDir: z.string().min(1),
  guide: z.string().min(1),
});

export type WalkthroughOptions = z.infer<typeof optionsSchema>;

export function parseWalkthroughArgs(argv: string[], display = hasDisplay): WalkthroughOptions {
  const { values, positionals } = parseOrExplain(argv);
  const unknown = positionals.filter((id) => !flows.has(id));
  if (unknown.length > 0)
    throw new UsageError(`Parcours inconnu : ${unknown.join(', ')}. Parcours disponibles : ${[...flows.keys()].join(', ')}`);
  const headedRequested = values.headed === true;
  // Headed whenever a person can see it, unless asked otherwise; without a display, headless (main.ts hints at xvfb-run).
  const headed = values.headless !== true && display;
  const parsed = optionsSchema.safeParse({
    flowIds: positionals.length > 0 ? positionals : DEFAULT_FLOWS,
    url: values.url,
    headed,
    headedRequested,
    pace: values.pace ?? (headed ? HEADED_PACE_MS : 0),
    stepTimeoutMs: values.timeout ?? DEFAULT_STEP_TIMEOUT_MS,
    step: values.step === true,
    practice: values.practice === true,
    record: values.record === true,
    trace: values.trace === true,
    json: values.json === true,
    list: values.list === true,
    outDir: values.out ?? 'out/walkthrough',
    guide: values.guide ?? config.GUIDE_PATH,
  });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  return parsed.data;
}

function parseOrExplain(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
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
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${usage}`);
  }
}
