/**
 * seller.cancel-request.warning, proven by its consequence: the buyer cancels
 * on the seller's PayPal promise; once the window has passed (tests/helpers/rule-flows.ts
 * moves the clock), the dispute can neither be reopened nor opened again, and no refund comes.
 */
import { cancelSteps, openDisputeStep, openOrderStep, orderListPath } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Surface } from '../types';
import type { EditionName } from '../../mock-site/domain/editions/index';

export const promessePaypal = (surface: Surface, edition: EditionName) =>
  defineFlow({
    id: `regle-promesse-paypal-${edition}-${surface}`,
    title: `Annuler sur une promesse PayPal, puis laisser passer le délai (règles ${edition})`,
    surface,
    scenario: 'vendeur-demande-annulation',
    edition,
    start: orderListPath(surface),
    rules: ['seller.cancel-request.warning', edition === '2016' ? 'reopen.window' : 'open.again', 'cancel.while-unresolved'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeInProgress, [
        { kind: 'visible', target: { role: 'heading', name: labels.coachWarning, within: { role: 'complementary', name: labels.coach } } },
      ]),
      ...cancelSteps(surface),
    ],
  });
