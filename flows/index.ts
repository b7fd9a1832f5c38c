/** Every flow, by id: the suite, the walkthrough and the guide check look them up here. */
import { annulerLitigeApp } from './annuler-litige-app';
import { annulerLitigeWeb } from './annuler-litige-web';
import { delaiVendeurDepasse, delaiVendeurMessage } from './rules/delai-vendeur';
import { litigeResolu } from './rules/litige-resolu';
import { reouverture, reouvertureExpiree } from './rules/reouverture';
import { vendeurAccepte } from './rules/vendeur-accepte';
import { vendeurDemandeAnnulation } from './rules/vendeur-demande-annulation';
import { vendeurRefuse } from './rules/vendeur-refuse';
import type { Flow, Surface } from './types';

/** The guide's two procedures: cancelling on the website and in the app. */
export const mainFlows: Flow[] = [annulerLitigeWeb, annulerLitigeApp];

/** The rules of the guide, shown on a surface. */
export function ruleFlows(surface: Surface): Flow[] {
  return [
    litigeResolu(surface),
    vendeurAccepte(surface),
    vendeurRefuse(surface),
    vendeurDemandeAnnulation(surface),
    reouverture(surface, 'livraison'),
    reouverture(surface, 'protection'),
    reouvertureExpiree(surface, 'livraison'),
    reouvertureExpiree(surface, 'protection'),
    delaiVendeurMessage(surface),
    delaiVendeurDepasse(surface),
  ];
}

export const allFlows: Flow[] = [...mainFlows, ...ruleFlows('web'), ...ruleFlows('app')];

export const flows: ReadonlyMap<string, Flow> = new Map(allFlows.map((flow) => [flow.id, flow]));
