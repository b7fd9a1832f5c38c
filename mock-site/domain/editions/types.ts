/**
 * An edition is AliExpress's dispute rules as they stood at a date. The policy
 * reads every number and every "which way" from here, so an edition is written
 * in one file (2016.ts, 2026.ts) and nowhere else. Sources: ../SOURCES.md.
 */
export const editionNames = ['2016', '2026'] as const;
export type EditionName = (typeof editionNames)[number];

/**
 * The numbers, in days. One that an edition does not have is absent, never 0:
 * the guide check reads these and must not find a rule that does not exist.
 */
export interface EditionParameters {
  /** The seller's time to answer a dispute, from its opening (or reopening). */
  sellerResponseDays: number;
  /** 2016: « Rouvrir le litige » stays offered this long after delivery (or after protection ended). */
  reopenWindowDays?: number;
  /** 2026: without an agreement this long after the seller's answer, AliExpress steps in on its own. */
  mediationAfterDays?: number;
  /** 2026: one appeal, this long after AliExpress's decision. */
  appealDays?: number;
  /** 2026: buyer protection ends this long after the buyer confirms receipt. */
  protectionAfterReceiptDays?: number;
  /** 2026: on « Retour et remboursement », the buyer ships the item back within this. */
  returnShipDays?: number;
}

export interface EditionBehaviours {
  /** What the seller's silence past the deadline does. */
  sellerSilence: 'mediation' | 'automatic-refund';
  /** When evidence may be sent: only after a refusal (and it escalates), or any time before the decision. */
  evidence: 'after-refusal' | 'until-decision';
  /** Whether the seller can propose another solution that the buyer accepts or refuses. */
  sellerProposals: boolean;
  /** How a cancelled dispute comes back: a reopen button, or a new dispute while protection runs. */
  reopen: 'button' | 'open-again';
  /** Whether AliExpress's decision can be appealed once. */
  appeal: boolean;
  /** What one dispute covers, and so what « one active dispute » counts. */
  disputeScope: 'order' | 'item';
  /** Whether the buyer chooses « Remboursement seulement » or « Retour et remboursement ». */
  refundType: boolean;
}

export interface Edition {
  name: EditionName;
  /** For people: which era of the site this is. */
  title: string;
  parameters: Readonly<EditionParameters>;
  behaviours: Readonly<EditionBehaviours>;
}
