/** The command line of `npm run bench`. */
import { z } from 'zod';
import { intOption, listOption, type CommandSpec } from '../../lib/cli';
import { sections, type Section } from './report';

export interface BenchOptions {
  only: Section[];
  quick: boolean;
  /** Runs per figure; undefined = each section's default (5 for quick parts, 3 for slow ones). */
  runs?: number;
  /** Seconds per load run (autocannon). */
  seconds: number;
  sessions: number;
  json: boolean;
}

// Every knob is bounded: the bench must finish, and only ever load 127.0.0.1 so much.
const schema = z
  .object({
    only: listOption('--only', sections).optional(),
    runs: intOption('--runs', 1, 50).optional(),
    seconds: intOption('--seconds', 1, 60).optional(),
    sessions: intOption('--sessions', 1, 5000).optional(),
    quick: z.boolean().default(false),
    json: z.boolean().default(false),
  })
  .transform((v): BenchOptions => ({
    only: (v.only ?? [...sections]) as Section[],
    quick: v.quick,
    runs: v.runs ?? (v.quick ? 1 : undefined),
    seconds: v.seconds ?? (v.quick ? 1 : 5),
    sessions: v.sessions ?? 500,
    json: v.json,
  }));

export const benchCommand: CommandSpec<BenchOptions> = {
  name: 'npm run bench --',
  help: `Mesure la suite, les parcours et le simulateur, face à leurs cibles, leurs planchers et un pair.
Affiche un tableau et écrit out/bench.json.

  --only SECTIONS     sections à mesurer, séparées par des virgules (${sections.join(',')} ; défaut : toutes)
  --runs N            mesures par chiffre (défaut : 11 pour flows, 5 pour cold, 3 pour suite, sim et peer)
  --seconds S         secondes par charge (défaut 5 ; 1 avec --quick)
  --sessions N        sessions vivantes pendant les charges (défaut 500)
  --quick             un passage rapide : 1 mesure, charges d'1 s, la suite sur un seul fichier
  --json              le rapport JSON sur la sortie standard`,
  options: {
    only: { type: 'string' },
    runs: { type: 'string' },
    seconds: { type: 'string' },
    sessions: { type: 'string' },
    quick: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  schema,
};
