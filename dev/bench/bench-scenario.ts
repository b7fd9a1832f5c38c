/** The scenario every load figure reads: the guide's main one, a dispute awaiting the seller. */
import { loadScenarios } from '../../mock-site/scenarios';

export const BENCH_SCENARIO = 'litige-en-attente';

/** The scenario's disputed order and its dispute: the pages of the guide's procedure. */
export function benchIds(): { orderId: string; disputeId: string } {
  const dispute = loadScenarios().get(BENCH_SCENARIO)?.disputes[0];
  if (!dispute) throw new Error(`le scénario ${BENCH_SCENARIO} n'a aucun litige`);
  return { orderId: dispute.orderId, disputeId: dispute.id };
}
