/**
 * The dispute policy: pure functions, no I/O, each tied to a stable rule id
 * (rules.ts) and reading its numbers and behaviours from an edition
 * (editions/). Every state-changing POST asks this module first; the views
 * only reflect its answers, so hiding a button is never the only protection.
 *
 * Interpretation (see README, "Règles" and mock-site/domain/SOURCES.md):
 * - "final" means closed for good: `resolved` and `seller_accepted`.
 * - The seller's window runs from the opening (or the last reopening) and is
 *   not moved by messages.
 * - 2016: a cancelled dispute is reopened with a button for `reopenWindowDays`
 *   after delivery was confirmed or, never confirmed, after protection ended.
 * - 2026: no such button; the buyer opens a dispute again while protection runs.
 */
import { appealUntil, protectionEnd, reopenWindow } from './clock';
import type { Edition } from './editions/index';
import { RULES, type RuleId } from './rules';
import type { Dispute, DisputeStatus, Message, Order, ProblemCode } from './schema';

export { RULES, RULE_TABLE, type RuleId } from './rules';
export { appealUntil, mediationDue, protectionEnd, reopenWindow, sellerDeadline, settleDispute } from './clock';

export type Decision = { allowed: true; rule: RuleId } | { allowed: false; rule: RuleId; message: string };

const ACTIVE: readonly DisputeStatus[] = ['awaiting_seller', 'seller_refused', 'seller_proposed', 'in_mediation'];

/** Resolved whatever the outcome: nothing can change it any more (but a 2026 decision can be appealed once). */
export function isFinal(status: DisputeStatus): boolean {
  return status === 'resolved' || status === 'seller_accepted';
}

/** Open and waiting on someone: the buyer may still cancel it. */
export function isActive(status: DisputeStatus): boolean {
  return ACTIVE.includes(status);
}

/** cancel.while-unresolved / resolved.final */
export function decideCancel(dispute: Dispute): Decision {
  if (isFinal(dispute.status)) return refuse(RULES.resolvedFinal, finalMessage(dispute));
  if (dispute.status === 'cancelled') {
    return refuse(RULES.cancelWhileUnresolved, "Ce litige est déjà annulé : il n'y a plus rien à annuler.");
  }
  return allow(RULES.cancelWhileUnresolved);
}

/** reopen.window (2016) / open.again (2026): only a cancelled dispute, only inside the window, only with a button. */
export function decideReopen(dispute: Dispute, order: Order, now: Date, edition: Edition): Decision {
  if (isFinal(dispute.status)) return refuse(RULES.resolvedFinal, finalMessage(dispute));
  const window = reopenWindow(order, edition);
  if (!window) {
    return refuse(
      RULES.openAgain,
      `Un litige annulé ne se rouvre pas : ouvrez un nouveau litige depuis la commande, tant que la protection acheteur court (jusqu'au ${formatDay(protectionEnd(order, edition))}).`,
    );
  }
  if (dispute.status !== 'cancelled') {
    return refuse(RULES.reopenWindow, 'Ce litige est toujours ouvert : seul un litige annulé peut être rouvert.');
  }
  if (now.getTime() > window.endsAt.getTime()) {
    const since = window.from === 'delivery' ? 'la confirmation de la livraison' : 'la fin de la protection acheteur';
    return refuse(
      RULES.reopenWindow,
      `Le délai pour rouvrir ce litige est dépassé : ${edition.parameters.reopenWindowDays} jours après ${since}, il s'est terminé le ${formatDay(window.endsAt)}. Contactez le service client AliExpress.`,
    );
  }
  return allow(RULES.reopenWindow);
}

/** seller.refuses.evidence (2016: only after a refusal) / evidence.until-decision (2026: any stage before the decision). */
export function decideEvidence(dispute: Dispute, edition: Edition): Decision {
  if (isFinal(dispute.status)) return refuse(RULES.resolvedFinal, finalMessage(dispute));
  if (edition.behaviours.evidence === 'until-decision') {
    if (!isActive(dispute.status)) {
      return refuse(RULES.evidenceUntilDecision, 'Ce litige est annulé : aucune preuve ne peut plus y être ajoutée.');
    }
    return allow(RULES.evidenceUntilDecision);
  }
  if (dispute.status !== 'seller_refused') {
    return refuse(RULES.sellerRefusesEvidence, "Des preuves supplémentaires ne peuvent être envoyées qu'après un refus du vendeur.");
  }
  return allow(RULES.sellerRefusesEvidence);
}

/** Writing to the seller: only on a dispute that is still open. */
export function decideMessage(dispute: Dispute, edition: Edition): Decision {
  if (isFinal(dispute.status)) return refuse(RULES.resolvedFinal, finalMessage(dispute));
  if (dispute.status === 'cancelled') {
    const next = edition.behaviours.reopen === 'button' ? 'rouvrez-le' : 'ouvrez un nouveau litige depuis la commande';
    return refuse(RULES.cancelledIsClosed, `Ce litige est annulé : ${next} pour écrire de nouveau au vendeur.`);
  }
  return allow(RULES.sellerDeadline);
}

/** seller.proposal (2026): « Accepter » or « Refuser » only while a proposal waits for the buyer. */
export function decideProposal(dispute: Dispute, edition: Edition): Decision {
  if (isFinal(dispute.status)) return refuse(RULES.resolvedFinal, finalMessage(dispute));
  if (!edition.behaviours.sellerProposals) {
    return refuse(
      RULES.sellerProposal,
      "Avec ces règles, le vendeur accepte ou refuse : il n'y a pas de proposition à accepter ou refuser.",
    );
  }
  if (dispute.status !== 'seller_proposed') {
    return refuse(RULES.sellerProposal, "Aucune proposition du vendeur n'attend votre réponse sur ce litige.");
  }
  return allow(RULES.sellerProposal);
}

/** decision.appeal (2026): one appeal, within appealDays of AliExpress's decision. */
export function decideAppeal(dispute: Dispute, now: Date, edition: Edition): Decision {
  if (!edition.behaviours.appeal) return refuse(RULES.resolvedFinal, finalMessage(dispute));
  const until = appealUntil(dispute, edition);
  if (!until) {
    return refuse(
      RULES.decisionAppeal,
      dispute.appealedAt
        ? 'Vous avez déjà fait appel de cette décision : un seul appel est possible.'
        : "Seule une décision d'AliExpress peut faire l'objet d'un appel.",
    );
  }
  if (now.getTime() > until.getTime()) {
    return refuse(
      RULES.decisionAppeal,
      `Le délai d'appel est dépassé : ${edition.parameters.appealDays} jours après la décision, il s'est terminé le ${formatDay(until)}.`,
    );
  }
  return allow(RULES.decisionAppeal);
}

/**
 * Opening a dispute on an order line: resolved.final for the same problem, one
 * active dispute per order (2016) or per line (2026), a cancelled one reopened
 * with its button (2016), and only during protection.
 */
export function decideOpen(
  order: Order,
  disputesOfOrder: readonly Dispute[],
  problem: ProblemCode,
  now: Date,
  edition: Edition,
  item = 0,
): Decision {
  const perItem = edition.behaviours.disputeScope === 'item';
  if (perItem && (item < 0 || item >= order.items.length)) {
    return refuse(RULES.disputePerItem, "Choisissez l'article de la commande sur lequel porte le litige.");
  }
  const covered = perItem ? disputesOfOrder.filter((d) => (d.item ?? 0) === item) : disputesOfOrder;
  const sameProblem = covered.filter((d) => d.problem === problem);
  if (sameProblem.some((d) => isFinal(d.status))) {
    return refuse(
      RULES.resolvedFinal,
      'Un litige sur ce même problème a déjà été résolu pour cette commande : la décision est définitive et aucun nouveau litige ne peut être ouvert.',
    );
  }
  if (covered.some((d) => isActive(d.status))) {
    const what = perItem ? 'cet article' : 'cette commande';
    return refuse(RULES.singleActiveDispute, `Un litige est déjà en cours pour ${what} : suivez-le depuis « Litige en cours ».`);
  }
  if (edition.behaviours.reopen === 'button' && sameProblem.some((d) => d.status === 'cancelled')) {
    return refuse(
      RULES.reopenWindow,
      'Vous avez annulé un litige sur ce problème : utilisez « Rouvrir le litige » tant que le délai le permet.',
    );
  }
  if (!order.paidAt || now.getTime() > protectionEnd(order, edition).getTime()) {
    return refuse(
      RULES.openDuringProtection,
      "La protection acheteur de cette commande n'est pas active : un litige ne peut plus être ouvert.",
    );
  }
  return allow(RULES.openDuringProtection);
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

function finalMessage(dispute: Dispute): string {
  if (dispute.status === 'seller_accepted') {
    return 'Le vendeur a accepté votre demande : le remboursement est en cours et le litige ne peut plus être modifié.';
  }
  if (dispute.resolution?.by === 'agreement') {
    return 'Vous avez accepté la proposition du vendeur : le litige est clos définitivement et ne peut plus être modifié.';
  }
  return 'Ce litige est résolu : la décision est définitive, même si elle ne vous est pas favorable. Il ne peut plus être annulé ni modifié.';
}

function formatDay(date: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);
}
