/**
 * The reference guide's AliExpress (before the 2017 rule change): 15 days for
 * the seller, silence sends the case to AliExpress, evidence after a refusal,
 * and a « Rouvrir le litige » button for 15 days. Sources: ../SOURCES.md.
 */
import type { Edition } from './types';

export const edition2016: Edition = {
  name: '2016',
  title: 'AliExpress avant 2017 (le guide de référence)',
  parameters: {
    sellerResponseDays: 15,
    reopenWindowDays: 15,
  },
  behaviours: {
    sellerSilence: 'mediation',
    evidence: 'after-refusal',
    sellerProposals: false,
    reopen: 'button',
    appeal: false,
    disputeScope: 'order',
    refundType: false,
  },
};
