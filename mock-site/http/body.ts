/**
 * Reads a state-changing request's body. Forms must echo the session's token
 * (a cross-site form cannot know it); JSON needs no token because a browser
 * cannot send it cross-site without a CORS preflight, which this server never
 * grants. Anything else could come from a cross-site form, so it is refused.
 */
import type { Context } from 'hono';
import { z } from '../../lib/zod-fr';
import type { Session } from '../sessions';
import { editionNames } from '../domain/editions/index';
import { problemCodes, refundTypes } from '../domain/schema';
import { MAX_LATENCY_MS, faultActions, faultStatuses } from '../faults';
import { problems, type Problem } from './respond';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export async function readBody<T>(c: Context, session: Session | undefined, schema: z.ZodType<T>): Promise<Parsed<T>> {
  const raw = await readRaw(c, session);
  if (!raw.ok) return raw;
  const result = schema.safeParse(raw.value);
  if (result.success) return { ok: true, value: result.data };
  const fields = result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(corps)', message: issue.message }));
  return {
    ok: false,
    problem: problems.invalidBody(`Demande incomplète ou invalide : ${fields.map((f) => `${f.field} — ${f.message}`).join(' ; ')}`, fields),
  };
}

async function readRaw(c: Context, session: Session | undefined): Promise<Parsed<Record<string, unknown>>> {
  const type = c.req.header('content-type') ?? '';
  if (type.includes('application/json')) {
    const text = await c.req.text();
    try {
      const json: unknown = text.trim() === '' ? {} : JSON.parse(text);
      if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        return { ok: false, problem: problems.invalidBody('Le corps JSON doit être un objet, par exemple {"advanceDays": 3}.') };
      }
      return { ok: true, value: json as Record<string, unknown> };
    } catch {
      return { ok: false, problem: problems.invalidBody("Le corps de la demande n'est pas du JSON valide.") };
    }
  }
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data')) {
    const form = await c.req.parseBody();
    if (!session || form._csrf !== session.csrfToken) return { ok: false, problem: problems.csrf() };
    return { ok: true, value: form };
  }
  return { ok: false, problem: problems.csrf() };
}

/** Request bodies of the shop's actions and of the control API. */
export const bodies = {
  empty: z.object({}).loose(),
  message: z.object({ text: z.string().trim().min(1, 'le message est vide').max(2000) }),
  evidence: z.object({
    description: z.string().trim().min(1, 'décrivez vos preuves').max(2000),
    // Forms send one comma-separated string; programs may send an array.
    attachments: z
      .union([z.array(z.string()), z.string()])
      .default([])
      .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((name) => name.trim()).filter(Boolean))
      .pipe(z.array(z.string().max(200)).max(10, '10 pièces jointes au plus')),
  }),
  openDispute: z.object({
    problem: z.enum(problemCodes),
    reason: z.string().trim().min(1, 'décrivez le problème').max(2000),
    // « 12,50 » from a French form or 12.5 from a program, in euros.
    amount: z.union([z.number(), z.string().transform((s) => Number(s.replace(',', '.')))]).pipe(z.number().positive().max(100_000)),
    // 2026: the order line (index) and the refund type; 2016 ignores both.
    item: z.coerce.number().int().min(0).max(99).optional(),
    refundType: z.enum(refundTypes).optional(),
  }),
  session: z.object({ scenario: z.string().min(1), edition: z.enum(editionNames).optional() }),
  // An omitted field keeps its value; failNext: null disarms the failure.
  faults: z.strictObject({
    latencyMs: z.number().int('un nombre entier de millisecondes').min(0).max(MAX_LATENCY_MS).optional(),
    failNext: z
      .strictObject({ action: z.enum(faultActions), status: z.union(faultStatuses.map((s) => z.literal(s))) })
      .nullable()
      .optional(),
  }),
  clock: z.object({
    advanceDays: z.coerce.number().int('un nombre entier de jours').min(1, 'au moins 1 jour').max(365, 'au plus 365 jours'),
  }),
};
