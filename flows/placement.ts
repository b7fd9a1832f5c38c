/**
 * Checks the guide's "where": « en haut à droite », « le dernier onglet à
 * droite en bas », « tout en bas ». Measured from the rendered layout, so a
 * redesign that moves the element makes the flow fail.
 */
import { expect } from '@playwright/test';
import type { Locator, Page } from 'playwright';
import type { Placement } from './types';

export async function expectPlacement(page: Page, locator: Locator, placement: Placement): Promise<void> {
  const box = await boxOf(locator);
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('Taille de la fenêtre inconnue : impossible de vérifier la position.');
  switch (placement) {
    case 'top-right':
      expect(box.x + box.width / 2, 'en haut à droite : dans la moitié droite').toBeGreaterThan(viewport.width / 2);
      expect(box.y, 'en haut à droite : dans le haut de la page').toBeLessThan(160);
      return;
    case 'bottom-bar-rightmost': {
      expect(box.y + box.height, 'en bas : collé au bas de l’écran').toBeGreaterThan(viewport.height * 0.8);
      const [left] = await leftEdges(locator);
      const lefts = await leftEdges(locator.locator('xpath=ancestor::nav[1]').getByRole('link'));
      expect(left, 'à droite : le dernier onglet').toBe(Math.max(...lefts));
      return;
    }
    case 'page-bottom': {
      // Below every section of the page: no heading of <main> comes after it.
      const { top, tops } = await headingTops(locator);
      expect(Math.max(...tops), 'tout en bas : aucune rubrique sous le bouton').toBeLessThan(top);
      return;
    }
  }
}

// A list of edges in one round trip (one boundingBox per element was most of the runner's
// overhead); target and list are read the same way, so they compare exactly.
const leftEdges = (all: Locator) => all.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().x));
/** The target's top and those of <main>'s headings (role heading: h1–h6 or role="heading"), in one round trip. */
const headingTops = (target: Locator) =>
  target.evaluate((el) => ({
    top: el.getBoundingClientRect().y,
    tops: [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6, main [role="heading"]')].map(
      (h) => h.getBoundingClientRect().y,
    ),
  }));

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('Élément invisible : impossible de mesurer sa position.');
  return box;
}
