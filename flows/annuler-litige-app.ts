/** Cancelling a dispute in the mobile app: same path, one confirmation more. */
import { DISPUTED_ORDER_TITLE, labels } from './scenario-facts';
import { defineFlow } from './types';

export const annulerLitigeApp = defineFlow({
  id: 'annuler-litige-app',
  title: 'Annuler un litige depuis l’application',
  surface: 'app',
  scenario: 'litige-en-attente',
  steps: [
    {
      id: 'compte',
      target: { role: 'link', name: labels.account, within: { role: 'navigation', name: 'Onglets' } },
      placement: 'bottom-bar-rightmost',
      action: 'tap',
      expect: [{ kind: 'heading', name: labels.account }],
    },
    {
      id: 'commandes',
      target: { role: 'link', name: labels.orders },
      action: 'tap',
      expect: [{ kind: 'url', pattern: /\/app\/commandes/ }],
    },
    {
      id: 'commande',
      target: { role: 'link', name: new RegExp(`^${DISPUTED_ORDER_TITLE}`) },
      action: 'tap',
      expect: [{ kind: 'visible', target: { role: 'link', name: labels.disputeInProgress } }],
    },
    {
      id: 'litige-en-cours',
      target: { role: 'link', name: labels.disputeInProgress },
      action: 'tap',
      expect: [{ kind: 'heading', name: /^Litige n°/ }],
    },
    {
      id: 'annuler-la-demande',
      target: { role: 'button', name: labels.cancelRequest },
      placement: 'page-bottom',
      action: 'tap',
      expect: [{ kind: 'visible', target: { role: 'dialog' } }],
    },
    {
      id: 'confirmer',
      irreversible: true,
      target: { role: 'button', name: labels.confirmCancel, within: { role: 'dialog' } },
      action: 'tap',
      expect: [
        { kind: 'text', text: labels.cancelled },
        { kind: 'dispute-status', status: 'cancelled' },
      ],
    },
  ],
});
