/**
 * What time does to disputes, per edition: the seller's deadline, the end of
 * buyer protection, the reopen window, the appeal window, and settling (the
 * dispute as time has made it). Pure: the simulated now is always passed in.
 */
import type { Edition } from './editions/index';
import type { Dispute, Order } from './schema';

export const DAY_MS = 86_400_000;

/** seller.deadline: the moment the seller's window closes. Messages never move it. */
export function sellerDeadline(dispute: Dispute, edition: Edition): Date {
  return addDays(dispute.sellerClockFrom ?? dispute.openedAt, edition.parameters.sellerResponseDays);
}

/** open.during-protection: when buyer protection ends (2026: also protectionAfterReceiptDays after confirmed receipt). */
export function protectionEnd(order: Order, edition: Edition): Date {
  const end = new Date(order.protectionEndsAt);
  const afterReceipt = edition.parameters.protectionAfterReceiptDays;
  if (afterReceipt === undefined || !order.deliveryConfirmedAt) return end;
  const receiptEnd = addDays(order.deliveryConfirmedAt, afterReceipt);
  return receiptEnd.getTime() < end.getTime() ? receiptEnd : end;
}

/** reopen.window (2016): what the window counts from, and when it ends; undefined in an edition without the button. */
export function reopenWindow(order: Order, edition: Edition): { from: 'delivery' | 'protection'; endsAt: Date } | undefined {
  const days = edition.parameters.reopenWindowDays;
  if (edition.behaviours.reopen !== 'button' || days === undefined) return undefined;
  if (order.deliveryConfirmedAt) return { from: 'delivery', endsAt: addDays(order.deliveryConfirmedAt, days) };
  return { from: 'protection', endsAt: addDays(order.protectionEndsAt, days) };
}

/** decision.appeal (2026): until when AliExpress's decision can be appealed; undefined when it cannot be at all. */
export function appealUntil(dispute: Dispute, edition: Edition): Date | undefined {
  const days = edition.parameters.appealDays;
  const decision = dispute.resolution;
  if (!edition.behaviours.appeal || days === undefined || !decision || dispute.status !== 'resolved') return undefined;
  if ((decision.by ?? 'aliexpress') !== 'aliexpress' || dispute.appealedAt) return undefined;
  return addDays(decision.at, days);
}

/** aliexpress.steps-in (2026): when AliExpress takes over a dispute the buyer and seller have not agreed on. */
export function mediationDue(dispute: Dispute, edition: Edition): Date | undefined {
  const days = edition.parameters.mediationAfterDays;
  if (days === undefined || !dispute.sellerAnswer) return undefined;
  if (dispute.status !== 'seller_refused' && dispute.status !== 'seller_proposed') return undefined;
  return addDays(dispute.sellerAnswer.at, days);
}

/** The dispute as time has made it: a lapsed seller deadline, AliExpress stepping in. */
export function settleDispute(dispute: Dispute, now: Date, edition: Edition): Dispute {
  if (dispute.status === 'awaiting_seller') {
    const deadline = sellerDeadline(dispute, edition);
    if (now.getTime() < deadline.getTime()) return dispute;
    return edition.behaviours.sellerSilence === 'mediation'
      ? { ...dispute, status: 'in_mediation', mediationAt: deadline.toISOString() }
      : automaticRefund(dispute, deadline);
  }
  const due = mediationDue(dispute, edition);
  if (due && now.getTime() >= due.getTime()) return { ...dispute, status: 'in_mediation', mediationAt: due.toISOString() };
  return dispute;
}

export function addDays(from: string, days: number): Date {
  return new Date(Date.parse(from) + days * DAY_MS);
}

/** seller.deadline (2026): the seller's silence carries out the buyer's request. */
function automaticRefund(dispute: Dispute, at: Date): Dispute {
  return {
    ...dispute,
    status: 'resolved',
    resolution: {
      at: at.toISOString(),
      by: 'automatic',
      outcome: 'buyer',
      refundCents: dispute.requestedRefundCents,
      text: "Le vendeur n'a pas répondu dans le délai : votre demande est acceptée automatiquement et le remboursement est lancé.",
    },
  };
}
