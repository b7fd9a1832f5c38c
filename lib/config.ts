/**
 * The one reader of process.env. Loads `.env` once (if present), validates every
 * variable with zod and exports a frozen object. A bad value stops start-up with
 * every bad variable listed, so a person fixes them all in one go.
 */
import { config as loadDotenv } from 'dotenv';
import { DEFAULT_EDITION, editionNames } from '../mock-site/domain/editions/index';
import { z } from './zod-fr';

loadDotenv({ quiet: true });

// An empty string in .env means "unset", so `PORT=` falls back to the default.
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema);

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const configSchema = z.object({
  PORT: optional(z.coerce.number().int().min(0).max(65535).default(4173)),
  HOST: optional(z.string().default('127.0.0.1')),
  LOG_LEVEL: optional(z.enum(logLevels).default('info')),
  LOG_FORMAT: optional(z.enum(['auto', 'json', 'pretty']).default('auto')),
  CHROMIUM_PATH: optional(z.string().optional()),
  SESSION_TTL_MINUTES: optional(z.coerce.number().positive().default(120)),
  SESSION_MAX: optional(z.coerce.number().int().positive().default(2000)),
  // Which edition of AliExpress's rules a session plays by default (mock-site/domain/editions); each session may choose another.
  POLICY_EDITION: optional(z.enum(editionNames).default(DEFAULT_EDITION)),
  // Overrides of the edition's own numbers (unset: the edition's): a site whose window moved, for the guide check's self-tests.
  SELLER_RESPONSE_DAYS: optional(z.coerce.number().int().positive().optional()),
  REOPEN_WINDOW_DAYS: optional(z.coerce.number().int().positive().optional()),
  // The guide every consumer reads its step sentences from (walkthrough, tests, illustrated guide, guide check).
  GUIDE_PATH: optional(z.string().min(1).default('guide/annuler-un-litige.md')),
  DEFAULT_SCENARIO: optional(z.string().min(1).default('litige-en-attente')),
  CONTROL_API: optional(z.stringbool().default(true)),
  BODY_LIMIT_BYTES: optional(z.coerce.number().int().positive().default(16_384)),
  // What one session may store: messages per dispute, and KB of text the visitor adds (messages, evidence, reasons).
  DISPUTE_MAX_MESSAGES: optional(z.coerce.number().int().positive().max(10_000).default(100)),
  SESSION_MAX_KB: optional(z.coerce.number().int().positive().max(102_400).default(64)),
  // Rendered pages kept in memory, shared by all sessions (0 renders every page afresh).
  PAGE_CACHE_MB: optional(z.coerce.number().min(0).max(1024).default(16)),
  // Fault injection: every request waits this long first, to rehearse a slow network (10 s at most).
  FAULT_LATENCY_MS: optional(z.coerce.number().int().min(0).max(10_000).default(0)),
  // Test hooks for the guide check's self-test: a site whose labels or rules drifted, without editing the source.
  LABEL_OVERRIDES: optional(
    z
      .string()
      .default('{}')
      .transform((text, ctx) => {
        try {
          return z.record(z.string().min(1), z.string()).parse(JSON.parse(text));
        } catch {
          ctx.addIssue({ code: 'custom', message: 'objet JSON attendu, par exemple {"Annuler la demande":"Annuler le litige"}' });
          return z.NEVER;
        }
      }),
  ),
  // Test hook for the illustrated guide's visual diff: CSS appended to the site's stylesheet (a restyled site).
  STYLE_OVERRIDES: optional(z.string().default('')),
  // Set by GitHub Actions: guide:check then writes workflow annotations and a step summary.
  GITHUB_ACTIONS: optional(z.stringbool().default(false)),
  GITHUB_STEP_SUMMARY: optional(z.string().optional()),
  RELAXED_RULES: optional(
    z
      .string()
      .default('')
      .transform((text) =>
        text
          .split(',')
          .map((rule) => rule.trim())
          .filter(Boolean),
      ),
  ),
});

export type AppConfig = Readonly<z.infer<typeof configSchema>>;

/** Thrown with one line per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide (.env ou variables d'environnement) :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates a set of variables; exported so tests can check bad values without touching process.env. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map(
        (issue) => `${issue.path.join('.')}: ${issue.message} (valeur reçue : ${JSON.stringify(env[String(issue.path[0])])})`,
      ),
    );
  }
  return Object.freeze(result.data);
}

/** True when standard output is a terminal a person is reading. */
export const isInteractiveTerminal = Boolean(process.stdout.isTTY);

/** Whether the process runs in CI (set by CI systems, by our .ci/run too). */
export const isCI = Boolean(process.env.CI);

/** Whether a display is available for headed browsers. */
export const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

export const config: AppConfig = loadConfigOrExit();

function loadConfigOrExit(): AppConfig {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
