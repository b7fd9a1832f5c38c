/** Every flow, by id: the suite, the walkthrough and the guide check look them up here. */
import { annulerLitigeApp } from './annuler-litige-app';
import { aliexpressIntervient, preuvesATouteEtape, remboursementAutomatique } from './rules/aujourdhui';
import { appel, appelExpire } from './rules/appel';
import { litigeParArticle } from './rules/par-article';
import { promessePaypal } from './rules/promesse-paypal';
import { proposition } from './rules/proposition';
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

/**
 * Today's rules (2026 edition), and the PayPal promise proven by its consequence
 * in both editions. Kept apart from `ruleFlows` until the project's guide states
 * today's rules (the guide check ties every rule a flow shows to a guide sentence):
 * the coordinator merges them into `ruleFlows` with the guide rewrite.
 */
export function todayRuleFlows(surface: Surface): Flow[] {
  return [
    proposition(surface, 'accepter'),
    proposition(surface, 'refuser'),
    remboursementAutomatique(surface),
    aliexpressIntervient(surface),
    preuvesATouteEtape(surface),
    appel(surface),
    appelExpire(surface),
    litigeParArticle(surface),
    promessePaypal(surface, '2016'),
    promessePaypal(surface, '2026'),
  ];
}

export const allFlows: Flow[] = [...mainFlows, ...ruleFlows('web'), ...ruleFlows('app')];

/** Every flow by id (the walkthrough's lookup), today's rule flows included. */
export const flows: ReadonlyMap<string, Flow> = new Map(
  [...allFlows, ...todayRuleFlows('web'), ...todayRuleFlows('app')].map((flow) => [flow.id, flow]),
);
