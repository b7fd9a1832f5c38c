/** seller.cancel-request.warning: the warning sits next to « Annuler la demande »; cancelling still works. */
import { cancelSteps, openDisputeStep, openOrderStep, orderListPath } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Surface } from '../types';

export const vendeurDemandeAnnulation = (surface: Surface) =>
  defineFlow({
    id: `regle-vendeur-demande-annulation-${surface}`,
    title: 'Le vendeur demande d’annuler contre une promesse',
    surface,
    scenario: 'vendeur-demande-annulation',
    start: orderListPath(surface),
    rules: ['seller.cancel-request.warning', 'cancel.while-unresolved'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeInProgress, [
        {
          kind: 'visible',
          target: {
            role: 'complementary',
            name: "Attention avant d'annuler",
            within: { role: 'region', name: 'Annulation de la demande' },
          },
        },
        {
          kind: 'visible',
          target: { role: 'button', name: labels.cancelRequest, within: { role: 'region', name: 'Annulation de la demande' } },
        },
      ]),
      ...cancelSteps(surface),
    ],
  });
