/**
 * Checks the guide's "where": « en haut à droite », « le dernier onglet à
 * droite en bas », « tout en bas ». Measured from the rendered layout, so a
 * redesign that moves the element makes the flow fail.
 */
import { expect } from '@playwright/test';
import type { Locator, Page } from 'playwright';
import type { Placement } from './types';

export async function expectPlacement(page: Page, locator: Locator, placement: Placement): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('Taille de la fenêtre inconnue : impossible de vérifier la position.');
  const { box, tabLefts, headingTops } = await layoutAround(locator);
  if (box.width === 0 && box.height === 0) throw new Error('Élément invisible : impossible de mesurer sa position.');
  switch (placement) {
    case 'top-right':
      expect(box.x + box.width / 2, 'en haut à droite : dans la moitié droite').toBeGreaterThan(viewport.width / 2);
      expect(box.y, 'en haut à droite : dans le haut de la page').toBeLessThan(160);
      return;
    case 'bottom-bar-rightmost':
      expect(box.y + box.height, 'en bas : collé au bas de l’écran').toBeGreaterThan(viewport.height * 0.8);
      expect(box.x, 'à droite : le dernier onglet').toBe(Math.max(...tabLefts));
      return;
    case 'page-bottom':
      // Below every section of the page: no heading of <main> comes after it.
      expect(Math.max(...headingTops), 'tout en bas : aucune rubrique sous le bouton').toBeLessThan(box.y);
      return;
  }
}

/**
 * The target's box, the left edges of the links of its <nav> (role link: a or area with
 * href, or role="link") and the tops of <main>'s headings (h1–h6 or role="heading"), all in
 * one round trip: each read of the layout runs in the page's main world, and each one
 * more after a navigation cost 40–90 ms, most of the runner's overhead over bare Playwright.
 */
const layoutAround = (target: Locator) =>
  target.evaluate((el) => {
    const { x, y, width, height } = el.getBoundingClientRect();
    const nav = el.closest('nav');
    const tabs = nav ? [...nav.querySelectorAll('a[href], area[href], [role="link"]')] : [];
    const headings = document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6, main [role="heading"]');
    return {
      box: { x, y, width, height },
      tabLefts: tabs.map((tab) => tab.getBoundingClientRect().x),
      headingTops: [...headings].map((heading) => heading.getBoundingClientRect().y),
    };
  });
