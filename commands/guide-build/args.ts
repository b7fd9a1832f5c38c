/** Command-line options of `npm run guide:build` (lib/cli.ts: a bad option is a usage error, exit 2). */
import { z } from 'zod';
import type { CommandSpec } from '../../lib/cli';
import { editionNames, type EditionName } from '../../mock-site/domain/editions/index';

export interface GuideBuildArgs {
  /** The accepted pictures each new one is compared with. */
  reference: string;
  /** Accept the new pictures as the reference. */
  update: boolean;
  /** Exit 1 when a picture changed (default: say so, exit 0). */
  failOnDiff: boolean;
  /** The edition of the rules illustrated (POLICY_EDITION by default). */
  edition?: EditionName;
}

export const DEFAULT_REFERENCE = 'guide/illustrations';

const schema = z
  .object({
    reference: z.string().min(1, '--reference : un dossier').default(DEFAULT_REFERENCE),
    update: z.boolean().default(false),
    'fail-on-diff': z.boolean().default(false),
    edition: z.enum(editionNames, { message: `--edition : ${editionNames.join(' ou ')}` }).optional(),
  })
  .refine((v) => !(v.update && v['fail-on-diff']), {
    message: '--update et --fail-on-diff ne vont pas ensemble : --update accepte les changements',
  })
  .transform((v): GuideBuildArgs => ({ reference: v.reference, update: v.update, failOnDiff: v['fail-on-diff'], edition: v.edition }));

export const guideBuildCommand: CommandSpec<GuideBuildArgs> = {
  name: 'npm run guide:build --',
  help: `Construit le guide illustré (out/guide/index.html) et compare chaque image à sa référence ;
les images qui ont changé sont montrées dans out/guide/diff.html. Code 1 si un parcours n'a pas pu
être photographié, ou, avec --fail-on-diff, si une image a changé.

  --reference DOSSIER les images de référence (défaut : ${DEFAULT_REFERENCE})
  --update            accepter les nouvelles images comme référence
  --fail-on-diff      code de sortie 1 si une image a changé (défaut : le dire, code 0)
  --edition NOM       l'édition des règles illustrée (${editionNames.join(', ')} ; défaut : POLICY_EDITION)`,
  options: { reference: { type: 'string' }, update: { type: 'boolean' }, 'fail-on-diff': { type: 'boolean' }, edition: { type: 'string' } },
  schema,
};
