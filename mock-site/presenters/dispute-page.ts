/**
 * The dispute page's props: what the session's edition offers (cancel, reopen,
 * evidence, proposal, appeal), the rule notices, and the simulator's own advice.
 */
import {
  appealUntil,
  cancelRequestWarning,
  decideAppeal,
  decideCancel,
  decideEvidence,
  decideMessage,
  decideProposal,
  decideReopen,
  mediationDue,
  reopenWindow,
  sellerDeadline,
} from '../domain/policy';
import type { Edition } from '../domain/editions/index';
import { problemLabels, type Dispute, type Order } from '../domain/schema';
import { disputeTimeline } from '../domain/transitions';
import { sessionNow, type Session } from '../sessions';
import type { DisputePageProps, PageContext } from '../views/props';
import { disputeStatusLabels, refundTypeLabels } from './labels';
import { disputeNotices } from './dispute-notices';
import { paths, type DisputeAction } from '../urls';

export function disputePageProps(ctx: PageContext, session: Session, dispute: Dispute, order: Order, edition: Edition): DisputePageProps {
  const now = sessionNow(session);
  const action = (name: DisputeAction) => paths.disputeAction(ctx.surface, dispute.id, name);
  const warning = cancelRequestWarning(dispute);
  const proposal = dispute.sellerAnswer?.proposal;
  const due = mediationDue(dispute, edition);
  const window = reopenWindow(order, edition);
  const appealEnd = appealUntil(dispute, edition);
  const allowed = {
    reopen: decideReopen(dispute, order, now, edition).allowed,
    proposal: decideProposal(dispute, edition).allowed,
    appeal: decideAppeal(dispute, now, edition).allowed,
  };
  return {
    ctx,
    order,
    orderHref: paths.order(ctx.surface, order.id),
    dispute,
    problemLabel: problemLabels[dispute.problem],
    statusLabel: disputeStatusLabels[dispute.status],
    timeline: disputeTimeline(dispute),
    sellerDeadline: dispute.status === 'awaiting_seller' ? sellerDeadline(dispute, edition).toISOString() : undefined,
    itemTitle: edition.behaviours.disputeScope === 'item' ? order.items[dispute.item ?? 0]?.title : undefined,
    refundTypeLabel: dispute.refundType && refundTypeLabels[dispute.refundType],
    mediationDue: due?.toISOString(),
    proposal: proposal && {
      refundTypeLabel: refundTypeLabels[proposal.refundType],
      refundCents: proposal.refundCents,
      refused: dispute.proposalRefusedAt !== undefined,
    },
    resolutionTitle: resolutionTitles[dispute.resolution?.by ?? 'aliexpress'],
    evidenceIntro:
      edition.behaviours.evidence === 'after-refusal'
        ? 'Le vendeur conteste votre demande : expliquez ce qui la justifie. AliExpress examinera les deux versions.'
        : "Ajoutez ou remplacez vos preuves à tout moment avant la décision : AliExpress les lira s'il doit trancher.",
    notices: disputeNotices(dispute, order, now, edition),
    cancelWarning: warning && {
      text: "Le vendeur vous demande d'annuler ce litige contre une promesse. N'annulez pas sur une promesse : une fois le délai passé, vous risquez de rester sans article et sans remboursement. Attendez que le remboursement soit réellement reçu.",
      sellerMessage: warning.text,
    },
    actions: {
      cancel: decideCancel(dispute).allowed ? action('cancel') : undefined,
      reopen: allowed.reopen && window ? { action: action('reopen'), until: window.endsAt.toISOString() } : undefined,
      evidence: decideEvidence(dispute, edition).allowed ? action('evidence') : undefined,
      message: decideMessage(dispute, edition).allowed ? action('message') : undefined,
      accept: allowed.proposal ? action('accept') : undefined,
      refuse: allowed.proposal ? action('refuse') : undefined,
      appeal: allowed.appeal && appealEnd ? { action: action('appeal'), until: appealEnd.toISOString() } : undefined,
    },
  };
}

/** Unconfirmed headings (the sources name "AliExpress' Judgment Details" only): see domain/SOURCES.md. */
const resolutionTitles = {
  aliexpress: "Décision d'AliExpress",
  agreement: 'Accord avec le vendeur',
  automatic: 'Remboursement automatique',
} as const;
