/** Every flow, by id: the suite, the walkthrough and the guide check look them up here. */
import type { EditionName } from '../mock-site/domain/editions/index';
import { annulerLitigeApp } from './annuler-litige-app';
import { annulerLitigeWeb } from './annuler-litige-web';
import { appel, appelExpire } from './rules/appel';
import { aliexpressIntervient, preuvesATouteEtape, remboursementAutomatique } from './rules/aujourdhui';
import { delaiVendeurDepasse, delaiVendeurMessage } from './rules/delai-vendeur';
import { litigeResolu } from './rules/litige-resolu';
import { litigeParArticle } from './rules/par-article';
import { promessePaypal } from './rules/promesse-paypal';
import { proposition } from './rules/proposition';
import { reouverture, reouvertureExpiree } from './rules/reouverture';
import { vendeurAccepte } from './rules/vendeur-accepte';
import { vendeurDemandeAnnulation } from './rules/vendeur-demande-annulation';
import { vendeurRefuse } from './rules/vendeur-refuse';
import type { Flow, Surface } from './types';

export { todayRuleFlows };

/** The guide's two procedures: cancelling on the website and in the app. */
export const mainFlows: Flow[] = [annulerLitigeWeb, annulerLitigeApp];

/** The reference guide's seven rules, as the 2016 edition plays them. */
function rules2016(surface: Surface): Flow[] {
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
    promessePaypal(surface, '2016'),
  ];
}

/** Today's rules (2026 edition), the PayPal promise proven by its consequence. */
function todayRuleFlows(surface: Surface): Flow[] {
  return [
    vendeurAccepte(surface, '2026'),
    proposition(surface, 'accepter'),
    proposition(surface, 'refuser'),
    remboursementAutomatique(surface),
    aliexpressIntervient(surface),
    preuvesATouteEtape(surface),
    appel(surface),
    appelExpire(surface),
    litigeParArticle(surface),
    promessePaypal(surface, '2026'),
  ];
}

const byEdition: Record<EditionName, (surface: Surface) => Flow[]> = { '2016': rules2016, '2026': todayRuleFlows };

/** The rule flows of one edition on a surface: what a guide of that edition's rules is checked against. */
export function ruleFlows(surface: Surface, edition: EditionName): Flow[] {
  return byEdition[edition](surface);
}

/** The main flows and one edition's rule flows on both surfaces. */
export function flowsOf(edition: EditionName): Flow[] {
  return [...mainFlows, ...ruleFlows('web', edition), ...ruleFlows('app', edition)];
}

/** Every flow by id, of every edition (the walkthrough's lookup). */
export const flows: ReadonlyMap<string, Flow> = new Map(
  [...flowsOf('2016'), ...ruleFlows('web', '2026'), ...ruleFlows('app', '2026')].map((flow) => [flow.id, flow]),
);
