/**
 * reopen.window: a cancelled dispute can be reopened within 15 days of the
 * delivery confirmation (litige-annule, confirmed 10 days ago) or, when
 * delivery was never confirmed, of the protection's end (protection-expiree,
 * ended 5 days ago). Past the window the button is gone and the page says why.
 */
import { openDisputeStep, openOrderStep, orderListPath, press } from '../navigation';
import { labels } from '../scenario-facts';
import { defineFlow, type Surface } from '../types';

type Branch = 'livraison' | 'protection';

const scenarioOf: Record<Branch, string> = { livraison: 'litige-annule', protection: 'protection-expiree' };
/** The first day past the window, from each scenario's "now". */
export const daysToExpiry: Record<Branch, number> = { livraison: 6, protection: 11 };

export const reouverture = (surface: Surface, branch: Branch) =>
  defineFlow({
    id: `regle-reouverture-${branch}-${surface}`,
    title: branch === 'livraison' ? 'Rouvrir un litige annulé (livraison confirmée)' : 'Rouvrir un litige annulé (protection expirée)',
    surface,
    scenario: scenarioOf[branch],
    edition: '2016',
    start: orderListPath(surface),
    rules: ['reopen.window'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, 'Litige annulé'),
      {
        id: 'rouvrir',
        irreversible: true,
        target: { role: 'button', name: labels.reopen },
        action: press(surface),
        expect: [
          { kind: 'text', text: 'Le litige a été rouvert', exact: false },
          { kind: 'dispute-status', status: 'awaiting_seller' },
        ],
      },
    ],
  });

export const reouvertureExpiree = (surface: Surface, branch: Branch) =>
  defineFlow({
    id: `regle-reouverture-expiree-${branch}-${surface}`,
    title:
      branch === 'livraison' ? 'Délai de réouverture dépassé (livraison confirmée)' : 'Délai de réouverture dépassé (protection expirée)',
    surface,
    scenario: scenarioOf[branch],
    edition: '2016',
    clockDays: daysToExpiry[branch],
    start: orderListPath(surface),
    rules: ['reopen.window'],
    steps: [
      openOrderStep(surface),
      openDisputeStep(surface, 'Litige annulé', [
        { kind: 'absent', target: { role: 'button', name: labels.reopen } },
        { kind: 'text', text: 'Le délai pour rouvrir ce litige est dépassé', exact: false },
        {
          kind: 'text',
          text: branch === 'livraison' ? 'la confirmation de la livraison' : 'la fin de la protection acheteur',
          exact: false,
        },
      ]),
    ],
  });
