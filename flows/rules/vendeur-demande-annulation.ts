/**
 * seller.cancel-request.warning: the simulator's coach (not AliExpress's page)
 * warns right before « Annuler la demande »; cancelling still works.
 */
import { cancelSteps, openDisputeStep, openOrderStep, orderListPath } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Surface } from '../types';

export const vendeurDemandeAnnulation = (surface: Surface) =>
  defineFlow({
    id: `regle-vendeur-demande-annulation-${surface}`,
    title: 'Le vendeur demande d’annuler contre une promesse',
    surface,
    scenario: 'vendeur-demande-annulation',
    edition: '2016',
    start: orderListPath(surface),
    rules: ['seller.cancel-request.warning', 'cancel.while-unresolved'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeInProgress, [
        {
          kind: 'visible',
          target: { role: 'heading', name: labels.coachWarning, within: { role: 'complementary', name: labels.coach } },
        },
        // The advice is the simulator's: it is not part of the dispute's own cancel section.
        {
          kind: 'absent',
          target: { role: 'heading', name: labels.coachWarning, within: { role: 'region', name: 'Annulation de la demande' } },
        },
        {
          kind: 'visible',
          target: { role: 'button', name: labels.cancelRequest, within: { role: 'region', name: 'Annulation de la demande' } },
        },
      ]),
      ...cancelSteps(surface),
    ],
  });
