/**
 * The rule ids, stable across editions (guide markers, tests and refusals
 * carry them), and which editions each rule exists in. A rule of one edition
 * only says so; a rule in both may still behave differently (see editions/).
 */
import type { EditionName } from './editions/index';

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
  sellerProposal: 'seller.proposal',
  evidenceUntilDecision: 'evidence.until-decision',
  aliexpressStepsIn: 'aliexpress.steps-in',
  decisionAppeal: 'decision.appeal',
  openAgain: 'open.again',
  disputePerItem: 'dispute.per-item',
} as const;

export type RuleId = (typeof RULES)[keyof typeof RULES];

const both: readonly EditionName[] = ['2016', '2026'];

/** Each rule: the editions it exists in, and what it says, in a line. */
export const RULE_TABLE: Readonly<Record<RuleId, { editions: readonly EditionName[]; summary: string }>> = {
  'cancel.while-unresolved': { editions: both, summary: 'an open dispute can be cancelled until it is decided' },
  'resolved.final': { editions: both, summary: 'a decided dispute cannot be cancelled, changed or opened again for the same problem' },
  'seller.accepts': { editions: both, summary: 'the seller accepted: the refund is under way, nothing left to do' },
  'seller.refuses.evidence': { editions: ['2016'], summary: 'evidence only after a refusal; sending it brings AliExpress in' },
  'seller.cancel-request.warning': { editions: both, summary: 'a seller asking to cancel against a promise: the simulator warns' },
  'seller.deadline': {
    editions: both,
    summary:
      'the seller answers within the days of the edition; messages do not move it; silence → mediation (2016) or automatic refund (2026)',
  },
  'reopen.window': { editions: ['2016'], summary: '« Rouvrir le litige » for reopenWindowDays after delivery or after protection ended' },
  'dispute.single-active': { editions: both, summary: 'one active dispute per order (2016) or per item line (2026)' },
  'open.during-protection': {
    editions: both,
    summary: 'a dispute opens only while buyer protection runs (2026: ends protectionAfterReceiptDays after confirmed receipt)',
  },
  'dispute.cancelled-closed': { editions: both, summary: 'a cancelled dispute takes no messages' },
  'seller.proposal': {
    editions: ['2026'],
    summary: "the seller's proposal: « Accepter » closes the dispute for good, « Refuser » keeps it open",
  },
  'evidence.until-decision': { editions: ['2026'], summary: 'evidence can be added and changed at any stage before the decision' },
  'aliexpress.steps-in': {
    editions: ['2026'],
    summary: 'without agreement mediationAfterDays after the seller answered, AliExpress steps in on its own',
  },
  'decision.appeal': { editions: ['2026'], summary: "one appeal within appealDays of AliExpress's decision" },
  'open.again': { editions: ['2026'], summary: 'no reopen button: a cancelled dispute is opened again while protection runs' },
  'dispute.per-item': { editions: ['2026'], summary: 'a dispute belongs to one item line of the order' },
};
