/**
 * Small, plausible changes to the dispute policy, each one a way the rules of
 * an edition could be got wrong (2016: the reference guide's; 2026: today's). `npm run mutate` applies each to a copy of the
 * project and runs the tests: every one must make some test fail.
 */
export interface Mutation {
  id: string;
  /** What the mutated simulator would do wrong, in the guide's terms. */
  says: string;
  file: string;
  from: string;
  to: string;
}

const POLICY = 'mock-site/domain/policy.ts';
const CLOCK = 'mock-site/domain/clock.ts';
const TRANSITIONS = 'mock-site/domain/transitions.ts';

const cancelledGuard = "  if (dispute.status === 'cancelled') {\n    return refuse(RULES.cancelWhileUnresolved,";

export const mutations: Mutation[] = [
  {
    id: 'final-excludes-accepted',
    says: 'a dispute the seller accepted could still be cancelled or changed',
    file: POLICY,
    from: "return status === 'resolved' || status === 'seller_accepted';",
    to: "return status === 'resolved';",
  },
  {
    id: 'final-excludes-resolved',
    says: 'a resolved dispute could still be cancelled or changed',
    file: POLICY,
    from: "return status === 'resolved' || status === 'seller_accepted';",
    to: "return status === 'seller_accepted';",
  },
  {
    id: 'mediation-not-cancellable',
    says: 'a dispute in mediation could no longer be cancelled',
    file: POLICY,
    from: cancelledGuard,
    to: "  if (dispute.status === 'cancelled' || dispute.status === 'in_mediation') {\n    return refuse(RULES.cancelWhileUnresolved,",
  },
  {
    id: 'mediation-not-open',
    says: 'a dispute in mediation would count as closed: a second dispute on the order, no cancel warning',
    file: POLICY,
    from: "const ACTIVE: readonly DisputeStatus[] = ['awaiting_seller', 'seller_refused', 'seller_proposed', 'in_mediation'];",
    to: "const ACTIVE: readonly DisputeStatus[] = ['awaiting_seller', 'seller_refused', 'seller_proposed'];",
  },
  {
    id: 'cancel-twice',
    says: 'a cancelled dispute could be cancelled again',
    file: POLICY,
    from: cancelledGuard,
    to: "  if (dispute.status === 'cancelled' && false) {\n    return refuse(RULES.cancelWhileUnresolved,",
  },
  {
    id: 'reopen-open-dispute',
    says: 'an open dispute could be « reopened »',
    file: POLICY,
    from: "  if (dispute.status !== 'cancelled') {\n    return refuse(RULES.reopenWindow,",
    to: "  if (dispute.status === 'resolved') {\n    return refuse(RULES.reopenWindow,",
  },
  {
    id: 'reopen-forever',
    says: 'a cancelled dispute could be reopened after the window',
    file: POLICY,
    from: 'if (now.getTime() > window.endsAt.getTime()) {',
    to: 'if (now.getTime() > window.endsAt.getTime() + 365 * 86_400_000) {',
  },
  {
    id: 'reopen-window-from-protection',
    says: 'the reopen window would count from the end of protection even after a confirmed delivery',
    file: CLOCK,
    from: "  if (order.deliveryConfirmedAt) return { from: 'delivery', endsAt: addDays(order.deliveryConfirmedAt, days) };\n",
    to: '',
  },
  {
    id: 'evidence-anytime',
    says: '2016: evidence could be sent before the seller refused',
    file: POLICY,
    from: "  if (dispute.status !== 'seller_refused') {\n    return refuse(RULES.sellerRefusesEvidence,",
    to: "  if (dispute.status === 'cancelled') {\n    return refuse(RULES.sellerRefusesEvidence,",
  },
  {
    id: 'messages-move-deadline',
    says: "a buyer's message would restart the seller's deadline",
    file: CLOCK,
    from: 'return addDays(dispute.sellerClockFrom ?? dispute.openedAt, edition.parameters.sellerResponseDays);',
    to: 'return addDays(dispute.messages.at(-1)?.at ?? dispute.sellerClockFrom ?? dispute.openedAt, edition.parameters.sellerResponseDays);',
  },
  {
    id: 'deadline-never-lapses',
    says: '2016: an unanswered seller would never hand the dispute to AliExpress',
    file: CLOCK,
    from: "      ? { ...dispute, status: 'in_mediation', mediationAt: deadline.toISOString() }",
    to: '      ? dispute',
  },
  {
    id: 'no-cancel-warning',
    says: 'the warning before « Annuler la demande » would disappear when the seller asks to cancel against a promise',
    file: POLICY,
    from: "  return dispute.messages.findLast((m) => m.from === 'seller' && m.cancelRequestPromise !== undefined);",
    to: '  return undefined;',
  },
  {
    id: 'reopen-then-new-dispute',
    says: 'a new dispute could be opened on a problem whose resolved dispute was final',
    file: POLICY,
    from: '  if (sameProblem.some((d) => isFinal(d.status))) {',
    to: '  if (sameProblem.some((d) => isFinal(d.status) && false)) {',
  },
  // Today's rules (2026 edition).
  {
    id: 'silence-no-refund',
    says: '2026: a seller silent past the 5 days would not trigger the automatic refund',
    file: CLOCK,
    from: '      : automaticRefund(dispute, deadline);',
    to: "      : { ...dispute, status: 'in_mediation', mediationAt: deadline.toISOString() };",
  },
  {
    id: 'aliexpress-never-steps-in',
    says: '2026: without agreement, AliExpress would never step in on its own',
    file: CLOCK,
    from: "  if (due && now.getTime() >= due.getTime()) return { ...dispute, status: 'in_mediation', mediationAt: due.toISOString() };",
    to: '',
  },
  {
    id: 'proposal-always-answerable',
    says: '2026: « Accepter » / « Refuser » would work on a dispute with no proposal waiting',
    file: POLICY,
    from: "  if (dispute.status !== 'seller_proposed') {",
    to: "  if (dispute.status === 'cancelled') {",
  },
  {
    id: 'refusal-closes',
    says: "2026: refusing the seller's proposal would close the dispute",
    file: TRANSITIONS,
    from: "  return { ...dispute, status: 'seller_refused', proposalRefusedAt: now.toISOString() };",
    to: "  return { ...dispute, status: 'cancelled', cancelledAt: now.toISOString(), proposalRefusedAt: now.toISOString() };",
  },
  {
    id: 'evidence-only-after-refusal-today',
    says: '2026: evidence would be refused before the seller answered',
    file: POLICY,
    from: '    if (!isActive(dispute.status)) {\n      return refuse(RULES.evidenceUntilDecision,',
    to: "    if (dispute.status !== 'seller_refused') {\n      return refuse(RULES.evidenceUntilDecision,",
  },
  {
    id: 'evidence-escalates-today',
    says: '2026: adding evidence would hand the dispute to AliExpress at once',
    file: TRANSITIONS,
    from: '  if (!escalates) return { ...dispute, evidence: { at, ...evidence } };',
    to: '',
  },
  {
    id: 'appeal-twice',
    says: '2026: a decision could be appealed more than once',
    file: CLOCK,
    from: "  if ((decision.by ?? 'aliexpress') !== 'aliexpress' || dispute.appealedAt) return undefined;",
    to: "  if ((decision.by ?? 'aliexpress') !== 'aliexpress') return undefined;",
  },
  {
    id: 'appeal-forever',
    says: '2026: a decision could be appealed after the 7 days',
    file: POLICY,
    from: '  if (now.getTime() > until.getTime()) {',
    to: '  if (now.getTime() > until.getTime() + 365 * 86_400_000) {',
  },
  {
    id: 'dispute-per-order-today',
    says: '2026: a dispute on one item line would block the other lines of the order',
    file: POLICY,
    from: '  const covered = perItem ? disputesOfOrder.filter((d) => (d.item ?? 0) === item) : disputesOfOrder;',
    to: '  const covered = disputesOfOrder;',
  },
  {
    id: 'protection-ignores-receipt',
    says: '2026: protection would not end 15 days after confirmed receipt',
    file: CLOCK,
    from: '  return receiptEnd.getTime() < end.getTime() ? receiptEnd : end;',
    to: '  return end;',
  },
  {
    id: 'reopen-button-today',
    says: '2026: a cancelled dispute would have to be reopened with a button instead of opened again',
    file: POLICY,
    from: "  if (edition.behaviours.reopen === 'button' && sameProblem.some((d) => d.status === 'cancelled')) {",
    to: "  if (sameProblem.some((d) => d.status === 'cancelled')) {",
  },
];
