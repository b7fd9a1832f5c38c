/**
 * The seller's answer that still stands. A reopened dispute waits for the
 * seller again, so an answer given before the last reopening is history (the
 * timeline keeps it), not the dispute's current answer.
 */
import type { Dispute } from './schema';

export function currentSellerAnswer(dispute: Dispute): Dispute['sellerAnswer'] {
  const answer = dispute.sellerAnswer;
  if (!answer || !dispute.reopenedAt) return answer;
  return Date.parse(answer.at) > Date.parse(dispute.reopenedAt) ? answer : undefined;
}
