/** Cancelling a dispute on the desktop website: five clicks, no confirmation. */
import { DISPUTED_ORDER_TITLE, labels } from './scenario-facts';
import { defineFlow } from './types';

export const annulerLitigeWeb = defineFlow({
  id: 'annuler-litige-web',
  title: 'Annuler un litige depuis le site web',
  surface: 'web',
  scenario: 'litige-en-attente',
  steps: [
    {
      id: 'compte',
      target: { role: 'button', name: labels.account },
      placement: 'top-right',
      action: 'click',
      expect: [{ kind: 'visible', target: { role: 'link', name: labels.myOrders } }],
    },
    {
      id: 'mes-commandes',
      target: { role: 'link', name: labels.myOrders },
      action: 'click',
      expect: [
        { kind: 'url', pattern: /\/commandes/ },
        { kind: 'heading', name: labels.myOrders },
      ],
    },
    {
      id: 'details-commande',
      target: { role: 'link', name: labels.orderDetails, within: { role: 'article', name: DISPUTED_ORDER_TITLE } },
      action: 'click',
      expect: [{ kind: 'heading', name: labels.orderDetails }],
    },
    {
      id: 'litige-en-cours',
      target: { role: 'link', name: labels.disputeInProgress },
      action: 'click',
      expect: [{ kind: 'heading', name: /^Litige n°/ }],
    },
    {
      id: 'annuler-la-demande',
      irreversible: true,
      target: { role: 'button', name: labels.cancelRequest },
      placement: 'page-bottom',
      action: 'click',
      expect: [{ kind: 'text', text: labels.cancelled }],
    },
    {
      id: 'confirmation',
      action: 'none',
      expect: [
        { kind: 'dispute-status', status: 'cancelled' },
        { kind: 'text', text: labels.cancelled },
      ],
    },
  ],
});
