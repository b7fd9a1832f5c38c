/** decision.appeal (2026): one appeal within 7 days of AliExpress's decision, then the button is gone. */
import { openDisputeStep, openOrderStep, orderListPath, press } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Surface } from '../types';

/** decision-appel: decided 2 days ago. */
export const appel = (surface: Surface) =>
  defineFlow({
    id: `regle-appel-${surface}`,
    title: "Faire appel d'une décision d'AliExpress",
    surface,
    scenario: 'decision-appel',
    edition: '2026',
    start: orderListPath(surface),
    rules: ['decision.appeal'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeClosed, [{ kind: 'text', text: 'Vous pouvez faire appel une seule fois', exact: false }]),
      {
        id: 'faire-appel',
        irreversible: true,
        target: { role: 'button', name: labels.appeal },
        action: press(surface),
        expect: [
          { kind: 'text', text: 'Votre appel a été enregistré', exact: false },
          { kind: 'dispute-status', status: 'in_mediation' },
          { kind: 'absent', target: { role: 'button', name: labels.appeal } },
        ],
      },
    ],
  });

/** Six more days: the 7 days after the decision are over. */
export const appelExpire = (surface: Surface) =>
  defineFlow({
    id: `regle-appel-expire-${surface}`,
    title: "Passé 7 jours, plus d'appel",
    surface,
    scenario: 'decision-appel',
    edition: '2026',
    clockDays: 6,
    start: orderListPath(surface),
    rules: ['decision.appeal', 'resolved.final'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, labels.disputeClosed, [
        { kind: 'absent', target: { role: 'button', name: labels.appeal } },
        { kind: 'absent', target: { role: 'button', name: labels.cancelRequest } },
      ]),
    ],
  });
