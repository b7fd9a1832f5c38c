/**
 * AliExpress as public sources describe it today: 5 days for the seller and an
 * automatic refund on silence, seller proposals the buyer accepts or refuses,
 * evidence until the decision, AliExpress stepping in on its own, one appeal,
 * disputes per item line, protection ending after confirmed receipt.
 * Sources and confidence: ../SOURCES.md.
 */
import type { Edition } from './types';

export const edition2026: Edition = {
  name: '2026',
  title: "AliExpress aujourd'hui",
  parameters: {
    sellerResponseDays: 5,
    mediationAfterDays: 7,
    appealDays: 7,
    protectionAfterReceiptDays: 15,
    returnShipDays: 10,
  },
  behaviours: {
    sellerSilence: 'automatic-refund',
    evidence: 'until-decision',
    sellerProposals: true,
    reopen: 'open-again',
    appeal: true,
    disputeScope: 'item',
    refundType: true,
  },
};
