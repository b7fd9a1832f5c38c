/** The illustrated guide's own titles; every sentence of a step or a rule comes from the guide itself. */
export const guideTitle = 'Annuler un litige AliExpress, pas à pas';

export const guideIntro =
  "Vous avez ouvert un litige pour être remboursé, puis changé d'avis ? Voici comment le retirer, sur le site web comme dans l'application. Chaque image vient d'une visite réelle du simulateur : si le site change, ce guide est refait et vérifié.";

export const surfaceTitles = { web: 'Sur le site web', app: "Dans l'application" } as const;
