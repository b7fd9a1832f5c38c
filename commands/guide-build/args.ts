/** Command-line options of `npm run guide:build`; a bad option is a usage error (exit 2). */
import { parseArgs } from 'node:util';

export interface GuideBuildArgs {
  /** The accepted pictures each new one is compared with. */
  reference: string;
  /** Accept the new pictures as the reference. */
  update: boolean;
  /** Exit 1 when a picture changed (default: say so, exit 0). */
  failOnDiff: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const DEFAULT_REFERENCE = 'guide/illustrations';

export const usage = `Utilisation : npm run guide:build -- [options]

Construit le guide illustré (out/guide/index.html) et compare chaque image à sa référence ;
les images qui ont changé sont montrées dans out/guide/diff.html.

  --reference DOSSIER  les images de référence (défaut : ${DEFAULT_REFERENCE})
  --update             accepter les nouvelles images comme référence
  --fail-on-diff       code de sortie 1 si une image a changé (défaut : le dire, code 0)
  -h, --help           cette aide

Code de sortie : 0 si le guide est construit, 1 si un parcours n'a pas pu être photographié
(ou, avec --fail-on-diff, si une image a changé), 2 si la commande est mal utilisée.`;

/** Parsed options, or undefined when help was asked for. */
export function parseBuildArgs(argv: string[]): GuideBuildArgs | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        reference: { type: 'string', default: DEFAULT_REFERENCE },
        update: { type: 'boolean', default: false },
        'fail-on-diff': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return undefined;
  if (values.update && values['fail-on-diff'])
    throw new UsageError('--update et --fail-on-diff ne vont pas ensemble : --update accepte les changements');
  return { reference: values.reference, update: values.update, failOnDiff: values['fail-on-diff'] };
}
