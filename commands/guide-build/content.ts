/** The illustrated guide's own prose (our words; facts from the reference guide). */
export const guideTitle = 'Annuler un litige AliExpress, pas à pas';

export const guideIntro =
  "Vous avez ouvert un litige pour être remboursé, puis changé d'avis ? Voici comment le retirer, sur le site web comme dans l'application. Chaque image vient d'une visite réelle du simulateur : si le site change, ce guide est refait et vérifié.";

export const surfaceTitles = { web: 'Sur le site web', app: "Dans l'application" } as const;

/** What each rule flow shows, keyed by flow id without its surface suffix. */
export const ruleExplanations: Record<string, string> = {
  'regle-litige-resolu':
    "Une fois le litige résolu, la décision est définitive, même défavorable : plus d'annulation possible, et pas de nouveau litige pour le même problème.",
  'regle-vendeur-accepte': "Si le vendeur accepte votre demande, le remboursement suit : vous n'avez plus rien à faire.",
  'regle-vendeur-refuse': "Si le vendeur refuse, vous pouvez envoyer des preuves supplémentaires ; AliExpress arbitre ensuite entre vous deux.",
  'regle-vendeur-demande-annulation':
    "Un vendeur qui vous demande d'annuler contre une promesse (remboursement PayPal, nouvel envoi) : le site vous avertit à côté du bouton. N'annulez pas sur une promesse.",
  'regle-reouverture-livraison': 'Un litige annulé peut être rouvert pendant 15 jours après la confirmation de la livraison par AliExpress.',
  'regle-reouverture-protection': "Si la livraison n'a jamais été confirmée, les 15 jours comptent à partir de la fin de la protection acheteur.",
  'regle-reouverture-expiree-livraison': 'Passé ce délai, le bouton « Rouvrir le litige » disparaît et le site explique pourquoi.',
  'regle-reouverture-expiree-protection': "Même chose quand le délai compte depuis la fin de la protection : passé 15 jours, la réouverture n'est plus possible.",
  'regle-delai-vendeur-message': "Le vendeur a un délai pour répondre ; vos échanges de messages ne le prolongent pas.",
  'regle-delai-vendeur-depasse': "Sans réponse du vendeur dans le délai, AliExpress prend le litige en main.",
};
