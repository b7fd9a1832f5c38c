/**
 * What one session may store (DISPUTE_MAX_MESSAGES, SESSION_MAX_KB), and an
 * action's answer that does not grow with history. Every stored item counts
 * its text plus a fixed overhead, so a flood of one-character messages is
 * bounded like a few long ones (dev/bench/worst-session.ts measures both).
 */
import type { Dispute } from './domain/schema';
import type { ActionResult } from './shop';

export type LimitCode = 'limit.messages' | 'limit.session';

export interface ShopLimits {
  messagesPerDispute: number;
  sessionBytes: number;
}

/** What an item costs beyond its text (its object, its date, its list slot), counted against SESSION_MAX_KB. */
export const ITEM_OVERHEAD_BYTES = 100;

export function limit(code: LimitCode, message: string): ActionResult {
  return { ok: false, reason: 'limit', code, message };
}

/** The bytes one stored item costs: its texts in UTF-8, plus the overhead. */
export function storedBytes(...texts: string[]): number {
  return texts.reduce((sum, text) => sum + Buffer.byteLength(text), ITEM_OVERHEAD_BYTES);
}

/** A dispute as an action's answer carries it: the message list stays out, so answers do not grow with history. */
export function disputeSummary({ messages, ...dispute }: Dispute) {
  return { ...dispute, messageCount: messages.length, lastMessage: messages.at(-1) };
}
