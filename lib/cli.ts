/**
 * The one command convention (every entry point of commands/, dev/ and
 * mock-site/main.ts): node's parseArgs, then zod. Parsing returns a value or
 * throws a UsageError; only `runCommand`, called by the entry point, prints
 * help and sets the exit code:
 *   0  all true          1  problems found          2  bad usage, or could not run
 * People read French; a command whose output is data also takes `--json`.
 *
 * An entry point imports its spec (options, help, schema) and nothing heavy;
 * its work is imported inside `run`, once the options are parsed
 * (`runCommand(spec, async (o) => (await import('./work')).work(o))`): --help
 * and a usage error need none of it, and a loader that keeps dynamic imports
 * lazy (tsx; esbuild with splitting) never loads Playwright or the simulator
 * for them.
 */
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Bad usage: the message says, in French, what was wrong and what to type instead. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

export interface CommandSpec<T> {
  /** What a person types, e.g. `npm run bench --`. */
  name: string;
  /** The French help text printed by --help (the usage line is added from `name`). */
  help: string;
  options: OptionSpecs;
  /** Free words after the options (flow ids for the walkthrough); refused when absent. */
  positionals?: boolean;
  /** Turns parseArgs' raw values (+ `positionals`) into the command's options; French messages. */
  schema: z.ZodType<T>;
}

export type Parsed<T> = { help: true } | { help: false; options: T };

const helpOption: OptionSpecs = { help: { type: 'boolean', short: 'h' } };

/** Parses argv against a command's spec: its options, or `help`, or a UsageError. */
export function parseCommand<T>(spec: CommandSpec<T>, argv: readonly string[]): Parsed<T> {
  let raw;
  try {
    raw = parseArgs({ args: [...argv], options: { ...spec.options, ...helpOption }, allowPositionals: spec.positionals ?? false, strict: true });
  } catch (error) {
    throw new UsageError(frenchParseError(error as Error));
  }
  if (raw.values.help === true) return { help: true };
  const parsed = spec.schema.safeParse({ ...raw.values, positionals: raw.positionals });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  return { help: false, options: parsed.data };
}

/** The help a person reads: usage line, then the command's own text. */
export function helpText(spec: Pick<CommandSpec<unknown>, 'name' | 'help'>): string {
  return `Utilisation : ${spec.name} [options]\n\n${spec.help.trim()}\n  -h, --help          cette aide\n\nCode de sortie : 0 tout est vrai, 1 problèmes trouvés, 2 mauvais usage ou exécution impossible.`;
}

/** Where a command writes: the process's streams, or a test's capture when it runs a command in-process. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: CommandOutput = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

/**
 * The entry point's one call: parse, print help (exit 0) or the usage error
 * (exit 2), run, and turn an unexpected failure into a French line and exit 2.
 */
export async function runCommand<T>(spec: CommandSpec<T>, run: (options: T) => Promise<ExitCode>, argv = process.argv.slice(2)): Promise<void> {
  process.exitCode = await executeCommand(spec, run, argv, processOutput);
}

/** What runCommand does, answering the exit code instead of setting it: a test runs a command in-process with it. */
export async function executeCommand<T>(
  spec: CommandSpec<T>,
  run: (options: T) => Promise<ExitCode>,
  argv: readonly string[],
  output: CommandOutput,
): Promise<ExitCode> {
  let parsed: Parsed<T>;
  try {
    parsed = parseCommand(spec, argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`${error.message}\n\n${helpText(spec)}\n`);
    return EXIT.usage;
  }
  if (parsed.help) {
    output.out(`${helpText(spec)}\n`);
    return EXIT.ok;
  }
  try {
    return await run(parsed.options);
  } catch (error) {
    const message = error instanceof UsageError ? `${error.message}\n\n${helpText(spec)}` : `Échec : ${error instanceof Error ? error.message : String(error)}`;
    output.err(`${message}\n`);
    return EXIT.usage;
  }
}

/** A whole number option given as text, within bounds: `--runs 3`, never `3.5`, `0x10`, ` 2 `. */
export function intOption(flag: string, min: number, max: number) {
  return z
    .string()
    .refine((text) => /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max, {
      message: `${flag} : un nombre entier de ${min} à ${max}`,
    })
    .transform(Number);
}

/** How long each step of a flow may wait for its target and what must follow (the walkthrough's and guide:check's --timeout). */
export const stepTimeoutOption = () => intOption('--timeout', 100, 120_000);

/** What it does, for a command's help (each lays out its own column), with the default the command uses. */
export const stepTimeoutHelp = (defaultMs: number) => `attente maximale de chaque étape (défaut : ${defaultMs})`;

/** An http(s) address of a running simulator, without its trailing slash. */
export const urlOption = (flag = '--url') =>
  z
    .string()
    .refine((text) => /^https?:\/\/[^\s/]+/.test(text), { message: `${flag} : adresse http(s) attendue, par exemple http://127.0.0.1:4173` })
    .transform((text) => text.replace(/\/$/, ''));

const storageStateSchema = z.object({ cookies: z.array(z.unknown()), origins: z.array(z.unknown()) });

/**
 * A Playwright storage state (a saved login: cookies and local storage), read
 * now so that a missing or foreign file is a usage error before any browsing.
 */
export function storageStateOption(flag = '--storage-state') {
  const hint = `enregistrez votre connexion avec « npx playwright codegen --save-storage=FICHIER URL »`;
  return z.string().superRefine((file, ctx) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      ctx.addIssue({ code: 'custom', message: `${flag} : le fichier ${file} est introuvable ou illisible (${hint})` });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    if (!storageStateSchema.safeParse(parsed).success)
      ctx.addIssue({ code: 'custom', message: `${flag} : ${file} n'est pas une session enregistrée par Playwright (${hint})` });
  });
}

/** A comma-separated list (`--only a,b`), each item among `allowed` when given. */
export function listOption(flag: string, allowed?: readonly string[]) {
  return z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .refine((items) => items.length > 0, { message: `${flag} : au moins une valeur` })
    .refine((items) => allowed === undefined || items.every((item) => allowed.includes(item)), {
      message: `${flag} : valeurs possibles : ${allowed?.join(', ')}`,
    });
}

/** parseArgs speaks English; the kinds of mistake it reports, said in French. */
function frenchParseError(error: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Option inconnue : ${option.split(' ')[0]}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Valeur manquante ou invalide pour l'option ${option.split(' ')[0]}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Argument inattendu : ${option}`;
    default:
      return `Ligne de commande invalide : ${error.message}`;
  }
}
