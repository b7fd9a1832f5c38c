/**
 * What each allowed action does to a dispute. Pure: they return a new dispute
 * and never check permissions (policy.ts decides first, the store calls these).
 */
import type { Dispute, ProblemCode, RefundType } from './schema';

export function cancelDispute(dispute: Dispute, now: Date): Dispute {
  return { ...dispute, status: 'cancelled', cancelledAt: now.toISOString() };
}

/** A reopened dispute waits for the seller again, with a fresh response window. */
export function reopenDispute(dispute: Dispute, now: Date): Dispute {
  const at = now.toISOString();
  return { ...dispute, status: 'awaiting_seller', reopenedAt: at, sellerClockFrom: at, cancelledAt: undefined, mediationAt: undefined };
}

/**
 * seller.refuses.evidence (2016): the evidence goes to AliExpress, which now mediates.
 * evidence.until-decision (2026): it replaces the previous evidence and the dispute goes on as it was.
 */
export function sendEvidence(
  dispute: Dispute,
  now: Date,
  evidence: { description: string; attachments: string[] },
  escalates: boolean,
): Dispute {
  const at = now.toISOString();
  if (!escalates) return { ...dispute, evidence: { at, ...evidence } };
  return { ...dispute, status: 'in_mediation', mediationAt: at, evidence: { at, ...evidence } };
}

/** seller.proposal: accepting closes the dispute for good, on the seller's terms. */
export function acceptProposal(dispute: Dispute, now: Date): Dispute {
  const refundCents = dispute.sellerAnswer?.proposal?.refundCents ?? 0;
  const outcome = refundCents >= dispute.requestedRefundCents ? 'buyer' : 'partial';
  return {
    ...dispute,
    status: 'resolved',
    resolution: { at: now.toISOString(), by: 'agreement', outcome, refundCents, text: 'Vous avez accepté la proposition du vendeur.' },
  };
}

/** seller.proposal: refusing keeps the dispute open; AliExpress steps in if nothing is agreed. */
export function refuseProposal(dispute: Dispute, now: Date): Dispute {
  return { ...dispute, status: 'seller_refused', proposalRefusedAt: now.toISOString() };
}

/** decision.appeal: AliExpress examines the dispute once more. */
export function appealDecision(dispute: Dispute, now: Date): Dispute {
  const at = now.toISOString();
  return { ...dispute, status: 'in_mediation', appealedAt: at, mediationAt: dispute.mediationAt ?? at };
}

/** A message is correspondence only: it never touches the status or the deadline. */
export function addBuyerMessage(dispute: Dispute, now: Date, text: string): Dispute {
  return { ...dispute, messages: [...dispute.messages, { from: 'buyer', at: now.toISOString(), text }] };
}

export function newDispute(
  input: {
    id: string;
    orderId: string;
    problem: ProblemCode;
    reason: string;
    requestedRefundCents: number;
    item?: number;
    refundType?: RefundType;
  },
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
    dispute.sellerAnswer && { at: dispute.sellerAnswer.at, text: answerTexts[dispute.sellerAnswer.decision] },
    entryAt(dispute.proposalRefusedAt, 'Vous avez refusé la proposition du vendeur.'),
    dispute.evidence && { at: dispute.evidence.at, text: 'Vous avez envoyé des preuves supplémentaires.' },
    entryAt(dispute.mediationAt, 'AliExpress intervient comme médiateur.'),
    entryAt(dispute.cancelledAt, 'Vous avez annulé le litige.'),
    entryAt(dispute.reopenedAt, 'Vous avez rouvert le litige.'),
    dispute.resolution && { at: dispute.resolution.at, text: 'Le litige est résolu.' },
    entryAt(dispute.appealedAt, 'Vous avez fait appel de la décision.'),
  ];
  return entries.filter((e): e is TimelineEntry => e !== undefined).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

const answerTexts = {
  accepted: 'Le vendeur a accepté votre demande.',
  refused: 'Le vendeur a refusé votre demande.',
  proposed: 'Le vendeur propose une autre solution.',
} as const;

function entryAt(at: string | undefined, text: string): TimelineEntry | undefined {
  return at === undefined ? undefined : { at, text };
}
