/**
 * seller.proposal (2026): the seller proposes another solution; « Accepter »
 * closes the dispute for good on the seller's terms, « Refuser » keeps it open.
 * The app asks for confirmation, as it does for cancelling.
 */
import { openDisputeStep, openOrderStep, orderListPath, press } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Expectation, type FlowStep, type Surface } from '../types';

type Answer = 'accepter' | 'refuser';

const answers = {
  accepter: {
    title: 'Le vendeur propose une autre solution : accepter',
    label: labels.accept,
    confirm: labels.confirmAccept,
    done: [
      { kind: 'text', text: 'Vous avez accepté la proposition du vendeur', exact: false },
      { kind: 'dispute-status', status: 'resolved' },
      { kind: 'absent', target: { role: 'button', name: labels.cancelRequest } },
    ],
  },
  refuser: {
    title: 'Le vendeur propose une autre solution : refuser',
    label: labels.refuse,
    confirm: labels.confirmRefuse,
    done: [
      { kind: 'text', text: 'Vous avez refusé la proposition du vendeur', exact: false },
      { kind: 'dispute-status', status: 'seller_refused' },
    ],
  },
} satisfies Record<Answer, { title: string; label: string; confirm: string; done: Expectation[] }>;

export const proposition = (surface: Surface, answer: Answer) =>
  defineFlow({
    id: `regle-proposition-${answer}-${surface}`,
    title: answers[answer].title,
    surface,
    scenario: 'vendeur-propose',
    edition: '2026',
    start: orderListPath(surface),
    rules: ['seller.proposal'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeInProgress, [
        { kind: 'visible', target: { role: 'region', name: 'Proposition du vendeur' } },
        { kind: 'text', text: "ce n'est pas le bouton pour annuler", exact: false },
      ]),
      ...answerSteps(surface, answer),
    ],
  });

function answerSteps(surface: Surface, answer: Answer): FlowStep[] {
  const { label, confirm, done } = answers[answer];
  const press1: FlowStep = {
    id: answer,
    // On the website the press itself answers the seller; in the app the dialog's confirmation does.
    ...(surface === 'web' ? { irreversible: true as const } : {}),
    target: { role: 'button', name: label, within: { role: 'region', name: 'Proposition du vendeur' } },
    action: press(surface),
    expect: surface === 'app' ? [{ kind: 'visible', target: { role: 'dialog' } }] : done,
  };
  if (surface === 'web') return [press1];
  return [
    press1,
    {
      id: 'confirmer',
      irreversible: true,
      target: { role: 'button', name: confirm, within: { role: 'dialog' } },
      action: 'tap',
      expect: done,
    },
  ];
}
