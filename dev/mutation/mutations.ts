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
    says: 'un litige accepté par le vendeur pourrait encore être annulé ou modifié',
    file: POLICY,
    from: "return status === 'resolved' || status === 'seller_accepted';",
    to: "return status === 'resolved';",
  },
  {
    id: 'final-excludes-resolved',
    says: 'un litige résolu pourrait encore être annulé ou modifié',
    file: POLICY,
    from: "return status === 'resolved' || status === 'seller_accepted';",
    to: "return status === 'seller_accepted';",
  },
  {
    id: 'mediation-not-cancellable',
    says: 'un litige en médiation ne pourrait plus être annulé',
    file: POLICY,
    from: cancelledGuard,
    to: "  if (dispute.status === 'cancelled' || dispute.status === 'in_mediation') {\n    return refuse(RULES.cancelWhileUnresolved,",
  },
  {
    id: 'mediation-not-open',
    says: 'un litige en médiation compterait comme clos : un second litige sur la commande, pas d’avertissement avant l’annulation',
    file: POLICY,
    from: "const ACTIVE: readonly DisputeStatus[] = ['awaiting_seller', 'seller_refused', 'seller_proposed', 'in_mediation'];",
    to: "const ACTIVE: readonly DisputeStatus[] = ['awaiting_seller', 'seller_refused', 'seller_proposed'];",
  },
  {
    id: 'cancel-twice',
    says: 'un litige annulé pourrait être annulé une seconde fois',
    file: POLICY,
    from: cancelledGuard,
    to: "  if (dispute.status === 'cancelled' && false) {\n    return refuse(RULES.cancelWhileUnresolved,",
  },
  {
    id: 'reopen-open-dispute',
    says: 'un litige ouvert pourrait être « rouvert »',
    file: POLICY,
    from: "  if (dispute.status !== 'cancelled') {\n    return refuse(RULES.reopenWindow,",
    to: "  if (dispute.status === 'resolved') {\n    return refuse(RULES.reopenWindow,",
  },
  {
    id: 'reopen-forever',
    says: 'un litige annulé pourrait être rouvert après le délai prévu',
    file: POLICY,
    from: 'if (now.getTime() > window.endsAt.getTime()) {',
    to: 'if (now.getTime() > window.endsAt.getTime() + 365 * 86_400_000) {',
  },
  {
    id: 'reopen-window-from-protection',
    says: 'le délai pour rouvrir partirait de la fin de la protection même après une livraison confirmée',
    file: CLOCK,
    from: "  if (order.deliveryConfirmedAt) return { from: 'delivery', endsAt: addDays(order.deliveryConfirmedAt, days) };\n",
    to: '',
  },
  {
    id: 'evidence-anytime',
    says: '2016 : des preuves pourraient être envoyées avant le refus du vendeur',
    file: POLICY,
    from: "  if (dispute.status !== 'seller_refused') {\n    return refuse(RULES.sellerRefusesEvidence,",
    to: "  if (dispute.status === 'cancelled') {\n    return refuse(RULES.sellerRefusesEvidence,",
  },
  {
    id: 'messages-move-deadline',
    says: 'un message de l’acheteur relancerait le délai de réponse du vendeur',
    file: CLOCK,
    from: 'return addDays(dispute.sellerClockFrom ?? dispute.openedAt, edition.parameters.sellerResponseDays);',
    to: 'return addDays(dispute.messages.at(-1)?.at ?? dispute.sellerClockFrom ?? dispute.openedAt, edition.parameters.sellerResponseDays);',
  },
  {
    id: 'deadline-never-lapses',
    says: '2016 : un vendeur qui ne répond pas ne laisserait jamais le litige passer à AliExpress',
    file: CLOCK,
    from: "      ? { ...dispute, status: 'in_mediation', mediationAt: deadline.toISOString() }",
    to: '      ? dispute',
  },
  {
    id: 'no-cancel-warning',
    says: 'l’avertissement avant « Annuler la demande » disparaîtrait quand le vendeur demande l’annulation contre une promesse',
    file: POLICY,
    from: "  return dispute.messages.findLast((m) => m.from === 'seller' && m.cancelRequestPromise !== undefined);",
    to: '  return undefined;',
  },
  {
    id: 'reopen-then-new-dispute',
    says: 'un nouveau litige pourrait être ouvert sur un problème dont le litige résolu était définitif',
    file: POLICY,
    from: '  if (sameProblem.some((d) => isFinal(d.status))) {',
    to: '  if (sameProblem.some((d) => isFinal(d.status) && false)) {',
  },
  // Today's rules (2026 edition).
  {
    id: 'silence-no-refund',
    says: '2026 : un vendeur resté silencieux au-delà des 5 jours ne déclencherait pas le remboursement automatique',
    file: CLOCK,
    from: '      : automaticRefund(dispute, deadline);',
    to: "      : { ...dispute, status: 'in_mediation', mediationAt: deadline.toISOString() };",
  },
  {
    id: 'aliexpress-never-steps-in',
    says: '2026 : faute d’accord, AliExpress n’interviendrait jamais de lui-même',
    file: CLOCK,
    from: "  if (due && now.getTime() >= due.getTime()) return { ...dispute, status: 'in_mediation', mediationAt: due.toISOString() };",
    to: '',
  },
  {
    id: 'proposal-always-answerable',
    says: '2026 : « Accepter » / « Refuser » fonctionneraient sur un litige sans proposition en attente',
    file: POLICY,
    from: "  if (dispute.status !== 'seller_proposed') {",
    to: "  if (dispute.status === 'cancelled') {",
  },
  {
    id: 'refusal-closes',
    says: '2026 : refuser la proposition du vendeur clôturerait le litige',
    file: TRANSITIONS,
    from: "  return { ...dispute, status: 'seller_refused', proposalRefusedAt: now.toISOString() };",
    to: "  return { ...dispute, status: 'cancelled', cancelledAt: now.toISOString(), proposalRefusedAt: now.toISOString() };",
  },
  {
    id: 'evidence-only-after-refusal-today',
    says: '2026 : des preuves seraient refusées avant la réponse du vendeur',
    file: POLICY,
    from: '    if (!isActive(dispute.status)) {\n      return refuse(RULES.evidenceUntilDecision,',
    to: "    if (dispute.status !== 'seller_refused') {\n      return refuse(RULES.evidenceUntilDecision,",
  },
  {
    id: 'evidence-escalates-today',
    says: '2026 : ajouter des preuves ferait passer aussitôt le litige à AliExpress',
    file: TRANSITIONS,
    from: '  if (!escalates) return { ...dispute, evidence: { at, ...evidence } };',
    to: '',
  },
  {
    id: 'appeal-twice',
    says: '2026 : une décision pourrait faire l’objet de plus d’un appel',
    file: CLOCK,
    from: "  if ((decision.by ?? 'aliexpress') !== 'aliexpress' || dispute.appealedAt) return undefined;",
    to: "  if ((decision.by ?? 'aliexpress') !== 'aliexpress') return undefined;",
  },
  {
    id: 'appeal-forever',
    says: '2026 : une décision pourrait faire l’objet d’un appel après les 7 jours',
    file: POLICY,
    from: '  if (now.getTime() > until.getTime()) {',
    to: '  if (now.getTime() > until.getTime() + 365 * 86_400_000) {',
  },
  {
    id: 'dispute-per-order-today',
    says: '2026 : un litige sur une ligne d’article bloquerait les autres lignes de la commande',
    file: POLICY,
    from: '  const covered = perItem ? disputesOfOrder.filter((d) => (d.item ?? 0) === item) : disputesOfOrder;',
    to: '  const covered = disputesOfOrder;',
  },
  {
    id: 'protection-ignores-receipt',
    says: '2026 : la protection ne prendrait pas fin 15 jours après la réception confirmée',
    file: CLOCK,
    from: '  return receiptEnd.getTime() < end.getTime() ? receiptEnd : end;',
    to: '  return end;',
  },
  {
    id: 'reopen-button-today',
    says: '2026 : un litige annulé devrait être rouvert par un bouton au lieu d’être ouvert à nouveau',
    file: POLICY,
    from: "  if (edition.behaviours.reopen === 'button' && sameProblem.some((d) => d.status === 'cancelled')) {",
    to: "  if (sameProblem.some((d) => d.status === 'cancelled')) {",
  },
];
