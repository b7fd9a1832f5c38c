/** seller.accepts: the refund is agreed and the buyer has nothing more to do. */
import { openDisputeStep, openOrderStep, orderListPath } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Surface } from '../types';
import type { EditionName } from '../../mock-site/domain/editions/index';

export const vendeurAccepte = (surface: Surface, edition: EditionName = '2016') =>
  defineFlow({
    // The 2016 flow keeps its id (the illustrated guide and older reports name it).
    id: edition === '2016' ? `regle-vendeur-accepte-${surface}` : `regle-vendeur-accepte-${edition}-${surface}`,
    title: 'Le vendeur accepte : rien d’autre à faire',
    surface,
    scenario: 'vendeur-accepte',
    edition,
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
