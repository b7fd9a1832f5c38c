/** seller.accepts: the refund is agreed and the buyer has nothing more to do. */
import { openDisputeStep, openOrderStep, orderListPath } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Surface } from '../types';

export const vendeurAccepte = (surface: Surface) =>
  defineFlow({
    id: `regle-vendeur-accepte-${surface}`,
    title: 'Le vendeur accepte : rien d’autre à faire',
    surface,
    scenario: 'vendeur-accepte',
    edition: '2016',
    start: orderListPath(surface),
    rules: ['seller.accepts'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeClosed, [
        { kind: 'text', text: "vous n'avez rien d'autre à faire", exact: false },
        { kind: 'absent', target: { role: 'button', name: labels.cancelRequest } },
      ]),
    ],
  });
