/** seller.deadline: writing to the seller does not move the deadline; once it lapses, AliExpress mediates. */
import { openDisputeStep, openOrderStep, orderListPath, press } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Surface } from '../types';

/** delai-vendeur opened 13 days before its "now": 15 days lapse in 2; 3 is safely past. */
export const daysPastSellerDeadline = 3;

export const delaiVendeurMessage = (surface: Surface) =>
  defineFlow({
    id: `regle-delai-vendeur-message-${surface}`,
    title: 'Écrire au vendeur ne repousse pas son délai',
    surface,
    scenario: 'delai-vendeur',
    edition: '2016',
    start: orderListPath(surface),
    rules: ['seller.deadline'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeInProgress, [{ kind: 'text', text: 'vos messages ne la repoussent pas', exact: false }]),
      {
        id: 'ecrire',
        target: { role: 'textbox', name: 'Votre message' },
        action: 'fill',
        value: 'Bonjour, avez-vous des nouvelles du colis ?',
        expect: [],
      },
      {
        id: 'envoyer',
        irreversible: true,
        target: { role: 'button', name: 'Envoyer le message' },
        action: press(surface),
        expect: [
          { kind: 'text', text: 'Votre message a été envoyé au vendeur.' },
          { kind: 'dispute-status', status: 'awaiting_seller' },
        ],
      },
    ],
  });

export const delaiVendeurDepasse = (surface: Surface) =>
  defineFlow({
    id: `regle-delai-vendeur-depasse-${surface}`,
    title: 'Délai du vendeur dépassé : AliExpress intervient',
    surface,
    scenario: 'delai-vendeur',
    edition: '2016',
    clockDays: daysPastSellerDeadline,
    start: orderListPath(surface),
    rules: ['seller.deadline'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeInProgress, [
        { kind: 'text', text: 'AliExpress examine le litige', exact: false },
        { kind: 'dispute-status', status: 'in_mediation' },
      ]),
    ],
  });
