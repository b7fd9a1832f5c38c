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
      sentence: 'Ouvrez le menu « Compte », placé en haut à droite de la page.',
      target: { role: 'button', name: labels.account },
      placement: 'top-right',
      action: 'click',
      expect: [{ kind: 'visible', target: { role: 'link', name: labels.myOrders } }],
    },
    {
      id: 'mes-commandes',
      sentence: 'Dans ce menu, choisissez « Mes commandes ».',
      target: { role: 'link', name: labels.myOrders },
      action: 'click',
      expect: [
        { kind: 'url', pattern: /\/commandes/ },
        { kind: 'heading', name: labels.myOrders },
      ],
    },
    {
      id: 'details-commande',
      sentence: 'Repérez la commande sur laquelle vous avez ouvert un litige et ouvrez ses « Détails de la commande ».',
      target: { role: 'link', name: labels.orderDetails, within: { role: 'article', name: DISPUTED_ORDER_TITLE } },
      action: 'click',
      expect: [{ kind: 'heading', name: labels.orderDetails }],
    },
    {
      id: 'litige-en-cours',
      sentence: 'Dans la rubrique du litige, suivez « Litige en cours » : tout le dossier s’affiche.',
      target: { role: 'link', name: labels.disputeInProgress },
      action: 'click',
      expect: [{ kind: 'heading', name: /^Litige n°/ }],
    },
    {
      id: 'annuler-la-demande',
      sentence: 'Tout en bas du dossier, cliquez sur « Annuler la demande » : l’annulation est immédiate, sans confirmation.',
      target: { role: 'button', name: labels.cancelRequest },
      placement: 'page-bottom',
      action: 'click',
      expect: [{ kind: 'text', text: labels.cancelled }],
    },
    {
      id: 'confirmation',
      sentence: `Le message « ${labels.cancelled} » confirme que le litige est clos.`,
      action: 'none',
      expect: [
        { kind: 'dispute-status', status: 'cancelled' },
        { kind: 'text', text: labels.cancelled },
      ],
    },
  ],
});
