/**
 * Small, plausible changes to the dispute policy, each one a way the guide's
 * rules could be got wrong. `npm run mutate` applies each to a copy of the
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
    from: "  if (dispute.status === 'cancelled') {\n    return refuse(\n      RULES.cancelWhileUnresolved,",
    to: "  if (dispute.status === 'cancelled' || dispute.status === 'in_mediation') {\n    return refuse(\n      RULES.cancelWhileUnresolved,",
  },
  {
    id: 'mediation-not-open',
    says: 'a dispute in mediation would count as closed: a second dispute on the order, no cancel warning',
    file: POLICY,
    from: "const ACTIVE: readonly DisputeStatus[] = ['awaiting_seller', 'seller_refused', 'in_mediation'];",
    to: "const ACTIVE: readonly DisputeStatus[] = ['awaiting_seller', 'seller_refused'];",
  },
  {
    id: 'cancel-twice',
    says: 'a cancelled dispute could be cancelled again',
    file: POLICY,
    from: "  if (dispute.status === 'cancelled') {\n    return refuse(\n      RULES.cancelWhileUnresolved,",
    to: "  if (dispute.status === 'cancelled' && false) {\n    return refuse(\n      RULES.cancelWhileUnresolved,",
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
    to: 'if (now.getTime() > window.endsAt.getTime() + 365 * DAY_MS) {',
  },
  {
    id: 'reopen-window-from-protection',
    says: 'the reopen window would count from the end of protection even after a confirmed delivery',
    file: POLICY,
    from: "  if (order.deliveryConfirmedAt) return { from: 'delivery', endsAt: new Date(Date.parse(order.deliveryConfirmedAt) + span) };\n",
    to: '',
  },
  {
    id: 'evidence-anytime',
    says: 'evidence could be sent before the seller refused',
    file: POLICY,
    from: "  if (dispute.status !== 'seller_refused') {\n    return refuse(RULES.sellerRefusesEvidence,",
    to: "  if (dispute.status === 'cancelled') {\n    return refuse(RULES.sellerRefusesEvidence,",
  },
  {
    id: 'messages-move-deadline',
    says: "a buyer's message would restart the seller's deadline",
    file: POLICY,
    from: 'return new Date(Date.parse(dispute.sellerClockFrom ?? dispute.openedAt) + settings.sellerResponseDays * DAY_MS);',
    to: 'return new Date(Date.parse(dispute.messages.at(-1)?.at ?? dispute.sellerClockFrom ?? dispute.openedAt) + settings.sellerResponseDays * DAY_MS);',
  },
  {
    id: 'deadline-never-lapses',
    says: 'an unanswered seller would never hand the dispute to AliExpress',
    file: POLICY,
    from: "  return { ...dispute, status: 'in_mediation', mediationAt: deadline.toISOString() };",
    to: '  return dispute;',
  },
  {
    id: 'no-cancel-warning',
    says: 'the warning next to « Annuler la demande » would disappear when the seller asks to cancel against a promise',
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
];
