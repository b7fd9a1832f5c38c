/**
 * Cross-field checks of a scenario that a field-by-field schema cannot say:
 * unique ids, disputes that point at real orders, dates in a possible order.
 * Each problem carries the field path, so a bad file names the exact field.
 */
import type { Dispute, Order, Scenario } from './schema';

export interface ScenarioProblem {
  path: (string | number)[];
  message: string;
}

export function checkScenario(scenario: Scenario): ScenarioProblem[] {
  return [
    ...duplicateIds(scenario.orders, 'orders'),
    ...duplicateIds(scenario.disputes, 'disputes'),
    ...scenario.orders.flatMap((order, i) => orderDateProblems(order, scenario.now, ['orders', i])),
    ...scenario.disputes.flatMap((dispute, i) => disputeProblems(dispute, scenario, ['disputes', i])),
  ];
}

function duplicateIds(list: readonly { id: string }[], field: string): ScenarioProblem[] {
  const seen = new Set<string>();
  return list.flatMap((item, i) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [{ path: [field, i, 'id'], message: `identifiant en double : « ${item.id} » (chaque identifiant doit être unique)` }];
  });
}

/** placedAt ≤ paidAt ≤ shippedAt ≤ deliveryConfirmedAt ≤ now. */
function orderDateProblems(order: Order, now: string, at: (string | number)[]): ScenarioProblem[] {
  const chain: [keyof Order, string | undefined][] = [
    ['placedAt', order.placedAt],
    ['paidAt', order.paidAt],
    ['shippedAt', order.shippedAt],
    ['deliveryConfirmedAt', order.deliveryConfirmedAt],
  ];
  const problems: ScenarioProblem[] = [];
  let previous: [string, string] | undefined;
  for (const [field, value] of chain) {
    if (value === undefined) continue;
    if (previous && Date.parse(value) < Date.parse(previous[1])) {
      problems.push({ path: [...at, field], message: `date attendue après ${previous[0]} (${previous[1]}), reçue ${value}` });
    }
    if (Date.parse(value) > Date.parse(now)) {
      problems.push({ path: [...at, field], message: `date attendue avant le « now » du scénario (${now}), reçue ${value}` });
    }
    previous = [field, value];
  }
  if (order.status !== 'awaiting_payment' && !order.paidAt) {
    problems.push({ path: [...at, 'paidAt'], message: `une commande au statut « ${order.status} » doit avoir une date de paiement` });
  }
  return problems;
}

function disputeProblems(dispute: Dispute, scenario: Scenario, at: (string | number)[]): ScenarioProblem[] {
  const order = scenario.orders.find((o) => o.id === dispute.orderId);
  if (!order) return [{ path: [...at, 'orderId'], message: `aucune commande « ${dispute.orderId} » dans ce scénario` }];
  const problems: ScenarioProblem[] = [];
  if (!order.paidAt || Date.parse(dispute.openedAt) < Date.parse(order.paidAt)) {
    problems.push({
      path: [...at, 'openedAt'],
      message: `un litige ne peut pas être ouvert avant le paiement de la commande (${order.paidAt ?? 'non payée'})`,
    });
  }
  if (Date.parse(dispute.openedAt) > Date.parse(scenario.now)) {
    problems.push({ path: [...at, 'openedAt'], message: `date attendue avant le « now » du scénario (${scenario.now})` });
  }
  const requires: Partial<Record<Dispute['status'], keyof Dispute>> = {
    seller_accepted: 'sellerAnswer',
    seller_refused: 'sellerAnswer',
    in_mediation: 'mediationAt',
    cancelled: 'cancelledAt',
    resolved: 'resolution',
    seller_proposed: 'sellerAnswer',
  };
  if (dispute.item !== undefined && dispute.item >= order.items.length) {
    problems.push({ path: [...at, 'item'], message: `la commande n'a que ${order.items.length} ligne(s) d'article (index à partir de 0)` });
  }
  if (dispute.status === 'seller_proposed' && !dispute.sellerAnswer?.proposal) {
    problems.push({ path: [...at, 'sellerAnswer', 'proposal'], message: 'requis pour un litige au statut « seller_proposed »' });
  }
  const needed = requires[dispute.status];
  if (needed && dispute[needed] === undefined) {
    problems.push({ path: [...at, needed], message: `requis pour un litige au statut « ${dispute.status} »` });
  }
  return problems;
}
