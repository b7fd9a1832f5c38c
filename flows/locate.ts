/** Finds a step's target the way a person does: by role and accessible name. */
import type { Locator, Page } from 'playwright';
import type { Target } from './types';

export function locate(page: Page, target: Target): Locator {
  const scope: Page | Locator = target.within ? locate(page, target.within) : page;
  const exact = typeof target.name === 'string';
  return scope.getByRole(target.role, target.name === undefined ? {} : { name: target.name, exact });
}

/** How a target reads in messages: `bouton « Compte »`. */
export function describeTarget(target: Target): string {
  const roles: Partial<Record<Target['role'], string>> = {
    button: 'bouton',
    link: 'lien',
    dialog: 'fenêtre',
    heading: 'titre',
    navigation: 'menu',
    article: 'bloc',
  };
  const name = target.name === undefined ? '' : ` « ${String(target.name)} »`;
  const inside = target.within ? ` dans ${describeTarget(target.within)}` : '';
  return `${roles[target.role] ?? target.role}${name}${inside}`;
}
