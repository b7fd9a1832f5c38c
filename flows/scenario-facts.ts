/** Facts of the bundled scenarios that the flows rely on, and the labels the guide quotes. */
export { DISPUTED_ORDER_TITLE } from '../mock-site/scenario-facts';

/** The labels the guide quotes and the site must show. */
export const labels = {
  account: 'Compte',
  myOrders: 'Mes commandes',
  orders: 'Commandes',
  orderDetails: 'Détails de la commande',
  disputeInProgress: 'Litige en cours',
  cancelRequest: 'Annuler la demande',
  confirmCancel: "Confirmer l'annulation",
  cancelled: "L'opération a été annulée.",
  reopen: 'Rouvrir le litige',
  sendEvidence: 'Envoyer les preuves',
} as const;
