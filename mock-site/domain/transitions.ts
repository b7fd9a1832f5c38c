/**
 * What each allowed action does to a dispute. Pure: they return a new dispute
 * and never check permissions (policy.ts decides first, the store calls these).
 */
import type { Dispute, ProblemCode } from './schema';

export function cancelDispute(dispute: Dispute, now: Date): Dispute {
  return { ...dispute, status: 'cancelled', cancelledAt: now.toISOString() };
}

/** A reopened dispute waits for the seller again, with a fresh response window. */
export function reopenDispute(dispute: Dispute, now: Date): Dispute {
  const at = now.toISOString();
  return { ...dispute, status: 'awaiting_seller', reopenedAt: at, sellerClockFrom: at, cancelledAt: undefined, mediationAt: undefined };
}

/** seller.refuses.evidence: the evidence goes to AliExpress, which now mediates. */
export function sendEvidence(dispute: Dispute, now: Date, evidence: { description: string; attachments: string[] }): Dispute {
  const at = now.toISOString();
  return { ...dispute, status: 'in_mediation', mediationAt: at, evidence: { at, ...evidence } };
}

/** A message is correspondence only: it never touches the status or the deadline. */
export function addBuyerMessage(dispute: Dispute, now: Date, text: string): Dispute {
  return { ...dispute, messages: [...dispute.messages, { from: 'buyer', at: now.toISOString(), text }] };
}

export function newDispute(
  input: { id: string; orderId: string; problem: ProblemCode; reason: string; requestedRefundCents: number },
  now: Date,
): Dispute {
  return { ...input, status: 'awaiting_seller', openedAt: now.toISOString(), messages: [] };
}

export interface TimelineEntry {
  at: string;
  text: string;
}

/** The dispute's history as a person reads it, oldest first, derived from its dates. */
export function disputeTimeline(dispute: Dispute): TimelineEntry[] {
  const entries: (TimelineEntry | undefined)[] = [
    { at: dispute.openedAt, text: 'Vous avez ouvert le litige.' },
    dispute.sellerAnswer && {
      at: dispute.sellerAnswer.at,
      text: dispute.sellerAnswer.decision === 'accepted' ? 'Le vendeur a accepté votre demande.' : 'Le vendeur a refusé votre demande.',
    },
    dispute.evidence && { at: dispute.evidence.at, text: 'Vous avez envoyé des preuves supplémentaires.' },
    entryAt(dispute.mediationAt, 'AliExpress intervient comme médiateur.'),
    entryAt(dispute.cancelledAt, 'Vous avez annulé le litige.'),
    entryAt(dispute.reopenedAt, 'Vous avez rouvert le litige.'),
    dispute.resolution && { at: dispute.resolution.at, text: 'Le litige est résolu.' },
  ];
  return entries.filter((e): e is TimelineEntry => e !== undefined).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function entryAt(at: string | undefined, text: string): TimelineEntry | undefined {
  return at === undefined ? undefined : { at, text };
}
