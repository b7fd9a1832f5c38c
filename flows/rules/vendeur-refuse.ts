/** seller.refuses.evidence: after a refusal, the buyer sends evidence and AliExpress mediates. */
import { describeEvidenceStep, openDisputeStep, openOrderStep, orderListPath, sendEvidenceStep } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Surface } from '../types';

export const vendeurRefuse = (surface: Surface) =>
  defineFlow({
    id: `regle-vendeur-refuse-${surface}`,
    title: 'Le vendeur refuse : envoyer des preuves',
    surface,
    scenario: 'vendeur-refuse',
    edition: '2016',
    start: orderListPath(surface),
    rules: ['seller.refuses.evidence'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeInProgress, [
        { kind: 'text', text: 'vous pouvez envoyer des preuves supplémentaires', exact: false },
      ]),
      describeEvidenceStep('Le colis est arrivé vide : photos du carton ouvert et du bordereau de pesée.'),
      {
        id: 'joindre-fichiers',
        target: { role: 'textbox', name: 'Pièces jointes (noms de fichiers, séparés par des virgules)' },
        action: 'fill',
        value: 'carton-ouvert.jpg, bordereau.pdf',
        expect: [],
      },
      sendEvidenceStep(surface, [
        { kind: 'text', text: 'Vos preuves ont été envoyées', exact: false },
        { kind: 'dispute-status', status: 'in_mediation' },
      ]),
    ],
  });
