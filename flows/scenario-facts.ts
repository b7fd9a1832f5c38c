/** Facts of the bundled scenarios that the flows rely on, and the labels the guide quotes. */
export { DISPUTED_ORDER_TITLE } from '../mock-site/scenario-facts';

/** The labels the guide quotes and the site must show. */
export const labels = {
  account: 'Compte',
  myOrders: 'Mes commandes',
  orders: 'Commandes',
  orderDetails: 'Détails de la commande',
  disputeInProgress: 'Litige en cours',
  disputeClosed: 'Litige clos',
  cancelRequest: 'Annuler la demande',
  confirmCancel: "Confirmer l'annulation",
  cancelled: "L'opération a été annulée.",
  reopen: 'Rouvrir le litige',
  sendEvidence: 'Envoyer les preuves',
  // Today's site (2026 edition); labels the sources do not give are listed as unconfirmed in mock-site/domain/SOURCES.md.
  accept: 'Accepter',
  refuse: 'Refuser',
  confirmAccept: "Confirmer l'acceptation",
  confirmRefuse: 'Confirmer le refus',
  appeal: 'Faire appel',
  openDispute: 'Ouvrir un litige',
  /** The simulator's own advice, apart from AliExpress's page. */
  coach: 'Conseil du simulateur',
  coachWarning: "Attention avant d'annuler",
} as const;
