/**
 * Request bodies of the shop's actions and of the control API. Strict: a
 * number is a JSON number (or, from a form, digits only), an amount has at
 * most two decimals, a text must contain something visible.
 */
import { z } from '../../lib/zod-fr';
import { editionNames } from '../domain/editions/index';
import { problemCodes, refundTypes } from '../domain/schema';
import { MAX_LATENCY_MS, faultActions, faultStatuses } from '../faults';

/** Whitespace, format characters (zero-width, direction marks), controls and the blank-looking fillers. */
const INVISIBLE = /[\s\p{Z}\p{Cf}\p{Cc}\u115f\u1160\u2800\u3164\uffa0]/gu;

/** Trimmed text that shows at least one visible character. */
const visibleText = (empty: string, max = 2000) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((text) => text.replace(INVISIBLE, '').length > 0, empty);

/** Euros with at most two decimals, as a form writes them (« 12,50 », « 12.5 », « 12 »). */
const FORM_EUROS = /^\d{1,6}(?:[.,]\d{1,2})?$/;

/** Euros as integer cents: from a JSON number with at most two decimals, or a form's digits. */
const amountCents = z
  .union([
    z.number().refine((n) => /^\d{1,6}(?:\.\d{1,2})?$/.test(String(n)), 'un montant en euros, deux décimales au plus'),
    z
      .string()
      .regex(FORM_EUROS, 'un montant en euros, deux décimales au plus, par exemple 12,50')
      .transform((s) => Number(s.replace(',', '.'))),
  ])
  .transform((euros) => Math.round(euros * 100))
  .pipe(z.number().int().positive('un montant supérieur à 0'));

const days = z.number().int('un nombre entier de jours').min(1, 'au moins 1 jour').max(365, 'au plus 365 jours');

const disputeFields = {
  problem: z.enum(problemCodes),
  reason: visibleText('décrivez le problème'),
  amount: amountCents,
  // 2026: the order line (its index) and the refund type; 2016 ignores both.
  item: z.union([z.number().int().min(0).max(99), z.string().regex(/^\d{1,2}$/, 'un numéro d’article').transform(Number)]).optional(),
  refundType: z.enum(refundTypes).optional(),
};

export const bodies = {
  empty: z.object({}).loose(),
  message: z.object({ text: visibleText('le message est vide') }),
  evidence: z.object({
    description: visibleText('décrivez vos preuves'),
    // Forms send one comma-separated string; programs may send an array.
    attachments: z
      .union([z.array(z.string()), z.string()])
      .default([])
      .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((name) => name.trim()).filter(Boolean))
      .pipe(z.array(z.string().max(200)).max(10, '10 pièces jointes au plus')),
  }),
  /** `amount` arrives in euros and leaves as integer cents. */
  openDispute: z.object(disputeFields),
  session: z.object({ scenario: z.string().min(1), edition: z.enum(editionNames).optional() }),
  /** The /__sim/start button: a scenario and the surface to land on. */
  start: z.object({ scenario: z.string().min(1), surface: z.enum(['web', 'app']).default('web'), edition: z.enum(editionNames).optional() }),
  // An omitted field keeps its value; failNext: null disarms the failure.
  faults: z.strictObject({
    latencyMs: z.number().int('un nombre entier de millisecondes').min(0).max(MAX_LATENCY_MS).optional(),
    failNext: z
      .strictObject({ action: z.enum(faultActions), status: z.union(faultStatuses.map((s) => z.literal(s))) })
      .nullable()
      .optional(),
  }),
  // Programs send a JSON integer; the /__sim page's form sends digits.
  clock: {
    json: z.object({ advanceDays: days }),
    form: z.object({
      advanceDays: z
        .string()
        .regex(/^\d{1,3}$/, 'un nombre entier de jours')
        .transform(Number)
        .pipe(days),
    }),
  },
};
