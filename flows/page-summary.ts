/**
 * What the page shows instead of a missing target, for error messages:
 * the visible elements of the same role, by accessible name. A person reading
 * « la page montre « Annuler le litige » » sees at once what drifted.
 */
import type { Page } from 'playwright';
import type { Target } from './types';

const MAX_NAMES = 8;

export async function visibleNamesLike(page: Page, target: Target): Promise<string[]> {
  const candidates = await page.getByRole(target.role).all();
  const names: string[] = [];
  for (const candidate of candidates) {
    if (names.length >= MAX_NAMES) break;
    if (!(await candidate.isVisible())) continue;
    const name = await candidate.evaluate((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

export async function describeWhatPageShows(page: Page, target: Target): Promise<string> {
  const names = await visibleNamesLike(page, target).catch(() => []);
  if (names.length === 0) return `aucun élément de ce type n'est visible (page ${page.url()})`;
  return names.map((name) => `« ${name} »`).join(', ');
}
