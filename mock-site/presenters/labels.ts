/** French labels for statuses and tabs, as the shop shows them. */
import type { DisputeStatus, Order, OrderStatus, RefundType } from '../domain/schema';
import type { OrderTab } from '../views/props';

export const orderStatusLabels: Record<OrderStatus, string> = {
  awaiting_payment: 'En attente de paiement',
  awaiting_shipment: "En attente d'expédition",
  shipped: 'Expédiée',
  awaiting_review: "En attente d'évaluation",
  completed: 'Terminée',
};

export const disputeStatusLabels: Record<DisputeStatus, string> = {
  awaiting_seller: 'En attente de la réponse du vendeur',
  seller_accepted: 'Accepté par le vendeur',
  seller_refused: 'Refusé par le vendeur',
  in_mediation: 'Médiation AliExpress en cours',
  resolved: 'Résolu',
  cancelled: 'Annulé',
  // Unconfirmed label (no source gives the French status): see domain/SOURCES.md.
  seller_proposed: 'Proposition du vendeur à examiner',
};

/** The label of the link from an order to its dispute; « Litige en cours » is the one the guide names. */
export const disputeLinkLabels: Record<DisputeStatus, string> = {
  awaiting_seller: 'Litige en cours',
  seller_refused: 'Litige en cours',
  in_mediation: 'Litige en cours',
  seller_accepted: 'Litige clos',
  resolved: 'Litige clos',
  cancelled: 'Litige annulé',
  seller_proposed: 'Litige en cours',
};

export const orderTabs: { id: OrderTab; label: string; statuses?: OrderStatus[] }[] = [
  { id: 'tout', label: 'Tout' },
  { id: 'a-payer', label: 'À payer', statuses: ['awaiting_payment'] },
  { id: 'a-expedier', label: 'À expédier', statuses: ['awaiting_shipment'] },
  { id: 'expediees', label: 'Expédiées', statuses: ['shipped'] },
  { id: 'a-evaluer', label: 'À évaluer', statuses: ['awaiting_review'] },
  { id: 'litiges', label: 'Litiges' },
];

/** Messages shown once after a successful POST, keyed by the `info` query parameter. */
export const flashMessages = {
  annule: "L'opération a été annulée.",
  rouvert: 'Le litige a été rouvert : le vendeur doit de nouveau vous répondre.',
  preuves: 'Vos preuves ont été envoyées : AliExpress examine maintenant le litige.',
  message: 'Votre message a été envoyé au vendeur.',
  ouvert: 'Votre litige a été ouvert : le vendeur va être informé.',
  accepte: 'Vous avez accepté la proposition du vendeur : le litige est clos.',
  refuse: 'Vous avez refusé la proposition du vendeur : le litige reste ouvert.',
  appel: 'Votre appel a été enregistré : AliExpress réexamine le litige.',
  'preuves-ajoutees': 'Vos preuves ont été envoyées : elles sont ajoutées au litige, qui continue.',
  horloge: "L'horloge simulée a été avancée.",
  reinitialise: 'La session a été réinitialisée.',
} as const;

/** « Remboursement seulement » / « Retour et remboursement »: the labels sources give (medium confidence). */
export const refundTypeLabels: Record<RefundType, string> = {
  'refund-only': 'Remboursement seulement',
  'return-and-refund': 'Retour et remboursement',
};

export type FlashKey = keyof typeof flashMessages;

/** The message for an `info` query value; anything else shows nothing (never echoed). */
export function flashFor(info: string | undefined): string | undefined {
  return info !== undefined && Object.hasOwn(flashMessages, info) ? flashMessages[info as FlashKey] : undefined;
}

export function orderTitle(order: Order): string {
  return order.items[0]?.title ?? order.id;
}

export function orderTotalCents(order: Order): number {
  return order.items.reduce((sum, item) => sum + item.quantity * item.unitPriceCents, order.shippingCents);
}
