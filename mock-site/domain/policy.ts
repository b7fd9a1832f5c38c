/**
 * The dispute policy: pure functions, no I/O, each tied to a stable rule id.
 * Every state-changing POST asks this module first; the views only reflect
 * its answers, so hiding a button is never the only protection.
 *
 * Interpretation of the reference guide (see README, "Règles"):
 * - "resolved" means closed by a decision: `resolved`, and `seller_accepted`
 *   (the refund is agreed, the buyer has nothing left to do). Both are final.
 * - The seller's response window runs from the opening (or the last reopening)
 *   and is not moved by messages; when it lapses unanswered, AliExpress mediates.
 * - A cancelled dispute can be reopened for `reopenWindowDays` after AliExpress
 *   confirmed delivery or, when delivery was never confirmed, after the buyer
 *   protection expired. Before that moment starts, reopening is allowed.
 */
import type { Dispute, DisputeStatus, Message, Order, ProblemCode } from './schema';

export const RULES = {
  cancelWhileUnresolved: 'cancel.while-unresolved',
  resolvedFinal: 'resolved.final',
  sellerAccepts: 'seller.accepts',
  sellerRefusesEvidence: 'seller.refuses.evidence',
  sellerCancelRequestWarning: 'seller.cancel-request.warning',
  sellerDeadline: 'seller.deadline',
  reopenWindow: 'reopen.window',
  singleActiveDispute: 'dispute.single-active',
  openDuringProtection: 'open.during-protection',
  cancelledIsClosed: 'dispute.cancelled-closed',
} as const;

export type RuleId = (typeof RULES)[keyof typeof RULES];

export interface PolicySettings {
  sellerResponseDays: number;
  reopenWindowDays: number;
}

export type Decision = { allowed: true; rule: RuleId } | { allowed: false; rule: RuleId; message: string };

const DAY_MS = 86_400_000;
const ACTIVE: readonly DisputeStatus[] = ['awaiting_seller', 'seller_refused', 'in_mediation'];

/** Resolved whatever the outcome: nothing can change it any more. */
export function isFinal(status: DisputeStatus): boolean {
  return status === 'resolved' || status === 'seller_accepted';
}

/** Open and waiting on someone: the buyer may still cancel it. */
export function isActive(status: DisputeStatus): boolean {
  return ACTIVE.includes(status);
}

/** cancel.while-unresolved / resolved.final */
export function decideCancel(dispute: Dispute): Decision {
  if (isFinal(dispute.status)) return refuse(RULES.resolvedFinal, finalMessage(dispute.status));
  if (dispute.status === 'cancelled') {
    return refuse(
      RULES.cancelWhileUnresolved,
      "Ce litige est déjà annulé : il n'y a plus rien à annuler. Rouvrez-le si vous changez d'avis.",
    );
  }
  return allow(RULES.cancelWhileUnresolved);
}

/** reopen.window: only a cancelled dispute, only inside the window. */
export function decideReopen(dispute: Dispute, order: Order, now: Date, settings: PolicySettings): Decision {
  if (isFinal(dispute.status)) return refuse(RULES.resolvedFinal, finalMessage(dispute.status));
  if (dispute.status !== 'cancelled') {
    return refuse(RULES.reopenWindow, 'Ce litige est toujours ouvert : seul un litige annulé peut être rouvert.');
  }
  const window = reopenWindow(order, settings);
  if (now.getTime() > window.endsAt.getTime()) {
    const since = window.from === 'delivery' ? 'la confirmation de la livraison' : 'la fin de la protection acheteur';
    return refuse(
      RULES.reopenWindow,
      `Le délai pour rouvrir ce litige est dépassé : ${settings.reopenWindowDays} jours après ${since}, il s'est terminé le ${formatDay(window.endsAt)}. Contactez le service client AliExpress.`,
    );
  }
  return allow(RULES.reopenWindow);
}

/** seller.refuses.evidence: evidence is offered only after the seller refused. */
export function decideEvidence(dispute: Dispute): Decision {
  if (isFinal(dispute.status)) return refuse(RULES.resolvedFinal, finalMessage(dispute.status));
  if (dispute.status !== 'seller_refused') {
    return refuse(RULES.sellerRefusesEvidence, "Des preuves supplémentaires ne peuvent être envoyées qu'après un refus du vendeur.");
  }
  return allow(RULES.sellerRefusesEvidence);
}

/** Writing to the seller: only on a dispute that is still open. */
export function decideMessage(dispute: Dispute): Decision {
  if (isFinal(dispute.status)) return refuse(RULES.resolvedFinal, finalMessage(dispute.status));
  if (dispute.status === 'cancelled') {
    return refuse(RULES.cancelledIsClosed, 'Ce litige est annulé : rouvrez-le pour écrire de nouveau au vendeur.');
  }
  return allow(RULES.sellerDeadline);
}

/** Opening a dispute: resolved.final for the same problem, one active dispute per order, during protection. */
export function decideOpen(order: Order, disputesOfOrder: readonly Dispute[], problem: ProblemCode, now: Date): Decision {
  const sameProblem = disputesOfOrder.filter((d) => d.problem === problem);
  if (sameProblem.some((d) => isFinal(d.status))) {
    return refuse(
      RULES.resolvedFinal,
      'Un litige sur ce même problème a déjà été résolu pour cette commande : la décision est définitive et aucun nouveau litige ne peut être ouvert.',
    );
  }
  if (disputesOfOrder.some((d) => isActive(d.status))) {
    return refuse(RULES.singleActiveDispute, 'Un litige est déjà en cours pour cette commande : suivez-le depuis « Litige en cours ».');
  }
  if (sameProblem.some((d) => d.status === 'cancelled')) {
    return refuse(
      RULES.reopenWindow,
      'Vous avez annulé un litige sur ce problème : utilisez « Rouvrir le litige » tant que le délai le permet.',
    );
  }
  if (!order.paidAt || now.getTime() > Date.parse(order.protectionEndsAt)) {
    return refuse(
      RULES.openDuringProtection,
      "La protection acheteur de cette commande n'est pas active : un litige ne peut plus être ouvert.",
    );
  }
  return allow(RULES.openDuringProtection);
}

/** seller.deadline: the moment the seller's window closes. Messages never move it. */
export function sellerDeadline(dispute: Dispute, settings: PolicySettings): Date {
  return new Date(Date.parse(dispute.sellerClockFrom ?? dispute.openedAt) + settings.sellerResponseDays * DAY_MS);
}

/** seller.deadline: the dispute as time has made it (unanswered past the deadline → mediation). */
export function settleDeadline(dispute: Dispute, now: Date, settings: PolicySettings): Dispute {
  if (dispute.status !== 'awaiting_seller') return dispute;
  const deadline = sellerDeadline(dispute, settings);
  if (now.getTime() < deadline.getTime()) return dispute;
  return { ...dispute, status: 'in_mediation', mediationAt: deadline.toISOString() };
}

/** reopen.window: what the window counts from, and when it ends. */
export function reopenWindow(order: Order, settings: PolicySettings): { from: 'delivery' | 'protection'; endsAt: Date } {
  const span = settings.reopenWindowDays * DAY_MS;
  if (order.deliveryConfirmedAt) return { from: 'delivery', endsAt: new Date(Date.parse(order.deliveryConfirmedAt) + span) };
  return { from: 'protection', endsAt: new Date(Date.parse(order.protectionEndsAt) + span) };
}

/** seller.cancel-request.warning: the seller message asking to cancel against a promise, if the warning applies. */
export function cancelRequestWarning(dispute: Dispute): Message | undefined {
  if (!isActive(dispute.status)) return undefined;
  return dispute.messages.findLast((m) => m.from === 'seller' && m.cancelRequestPromise !== undefined);
}

function allow(rule: RuleId): Decision {
  return { allowed: true, rule };
}

function refuse(rule: RuleId, message: string): Decision {
  return { allowed: false, rule, message };
}

function finalMessage(status: DisputeStatus): string {
  return status === 'seller_accepted'
    ? 'Le vendeur a accepté votre demande : le remboursement est en cours et le litige ne peut plus être modifié.'
    : 'Ce litige est résolu : la décision est définitive, même si elle ne vous est pas favorable. Il ne peut plus être annulé ni modifié.';
}

function formatDay(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);
}
