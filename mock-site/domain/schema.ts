/**
 * The shape of a scenario file (fixtures/scenarios/*.json) and of a session's
 * state. Validated with zod at load; cross-field checks (dates in order,
 * unique ids, disputes pointing at real orders) live in scenario-checks.ts.
 */
import { z } from 'zod';

export const orderStatuses = ['awaiting_payment', 'awaiting_shipment', 'shipped', 'awaiting_review', 'completed'] as const;
export const disputeStatuses = [
  'awaiting_seller',
  'seller_accepted',
  'seller_refused',
  'in_mediation',
  'resolved',
  'cancelled',
  // 2026: the seller proposed another solution; the buyer accepts or refuses it.
  'seller_proposed',
] as const;
export const refundTypes = ['refund-only', 'return-and-refund'] as const;
export const problemCodes = ['non-recu', 'non-conforme', 'endommage', 'incomplet'] as const;

const isoDate = z.iso.datetime({ offset: true });
const cents = z.number().int().nonnegative();
const id = z.string().regex(/^[A-Za-z0-9-]{1,40}$/, 'identifiant : lettres, chiffres et tirets, 40 caractères au plus');

export const orderItemSchema = z.strictObject({
  title: z.string().min(1),
  variant: z.string().min(1).optional(),
  quantity: z.number().int().positive(),
  unitPriceCents: cents,
});

export const orderSchema = z.strictObject({
  id,
  store: z.string().min(1),
  status: z.enum(orderStatuses),
  placedAt: isoDate,
  paidAt: isoDate.optional(),
  shippedAt: isoDate.optional(),
  deliveryConfirmedAt: isoDate.optional(),
  protectionEndsAt: isoDate,
  shippingCents: cents.default(0),
  items: z.array(orderItemSchema).min(1),
});

export const messageSchema = z.strictObject({
  from: z.enum(['buyer', 'seller', 'aliexpress']),
  at: isoDate,
  text: z.string().min(1).max(2000),
  /** Set when a seller asks the buyer to cancel the dispute against a promise. */
  cancelRequestPromise: z.enum(['paypal', 'resend']).optional(),
});

export const sellerAnswerSchema = z.strictObject({
  at: isoDate,
  decision: z.enum(['accepted', 'refused', 'proposed']),
  text: z.string().min(1),
  /** 2026: what the seller offers instead of the buyer's request. */
  proposal: z.strictObject({ refundType: z.enum(refundTypes), refundCents: cents }).optional(),
});

export const evidenceSchema = z.strictObject({
  at: isoDate,
  description: z.string().min(1).max(2000),
  attachments: z.array(z.string().min(1).max(200)).max(10),
});

export const resolutionSchema = z.strictObject({
  at: isoDate,
  outcome: z.enum(['buyer', 'seller', 'partial']),
  refundCents: cents,
  text: z.string().min(1),
  /** Who closed it: AliExpress's decision (the default, open to appeal in 2026), an accepted proposal, or the seller's silence. */
  by: z.enum(['aliexpress', 'agreement', 'automatic']).optional(),
});

export const disputeSchema = z.strictObject({
  id,
  orderId: id,
  problem: z.enum(problemCodes),
  reason: z.string().min(1),
  requestedRefundCents: cents,
  /** 2026: the order line (index in order.items) the dispute covers; absent means the first line. */
  item: z.number().int().nonnegative().optional(),
  /** 2026: « Remboursement seulement » or « Retour et remboursement ». */
  refundType: z.enum(refundTypes).optional(),
  status: z.enum(disputeStatuses),
  openedAt: isoDate,
  /** When the seller's response window starts: the opening, or the last reopening. */
  sellerClockFrom: isoDate.optional(),
  sellerAnswer: sellerAnswerSchema.optional(),
  evidence: evidenceSchema.optional(),
  mediationAt: isoDate.optional(),
  cancelledAt: isoDate.optional(),
  reopenedAt: isoDate.optional(),
  resolution: resolutionSchema.optional(),
  /** 2026: when the buyer refused the seller's proposal. */
  proposalRefusedAt: isoDate.optional(),
  /** 2026: when the buyer appealed AliExpress's decision (once). */
  appealedAt: isoDate.optional(),
  messages: z.array(messageSchema).default([]),
});

export const scenarioSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9-]+$/, 'nom en minuscules et tirets'),
  title: z.string().min(1),
  description: z.string().min(1),
  now: isoDate,
  buyer: z.strictObject({ name: z.string().min(1), email: z.email() }),
  orders: z.array(orderSchema).min(3, 'au moins 3 commandes, pour une liste réaliste'),
  disputes: z.array(disputeSchema),
});

export type OrderStatus = (typeof orderStatuses)[number];
export type DisputeStatus = (typeof disputeStatuses)[number];
export type ProblemCode = (typeof problemCodes)[number];
export type RefundType = (typeof refundTypes)[number];
export type OrderItem = z.infer<typeof orderItemSchema>;
export type Order = z.infer<typeof orderSchema>;
export type Message = z.infer<typeof messageSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
/** What a session holds and mutates: the scenario's orders and disputes. */
export type ShopState = Pick<Scenario, 'buyer' | 'orders' | 'disputes'>;

export const problemLabels: Record<ProblemCode, string> = {
  'non-recu': 'Commande non reçue',
  'non-conforme': 'Article non conforme à la description',
  endommage: 'Article endommagé',
  incomplet: 'Colis incomplet',
};
