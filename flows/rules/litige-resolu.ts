/** resolved.final: a resolved dispute can be neither cancelled nor opened again on the same problem. */
import { openDisputeStep, openOrderStep, orderListPath } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Surface } from '../types';

export const litigeResolu = (surface: Surface) =>
  defineFlow({
    id: `regle-litige-resolu-${surface}`,
    title: 'Un litige résolu est définitif',
    surface,
    scenario: 'litige-resolu',
    edition: '2016',
    start: orderListPath(surface),
    rules: ['resolved.final'],
    steps: [
      openOrderStep(surface, [{ kind: 'text', text: 'aucun nouveau litige ne peut être ouvert pour ce même problème', exact: false }]),
      openDisputeStep(surface, labels.disputeClosed, [
        { kind: 'text', text: 'La décision est définitive, même si elle ne vous est pas favorable', exact: false },
        { kind: 'absent', target: { role: 'button', name: labels.cancelRequest } },
      ]),
    ],
  });
