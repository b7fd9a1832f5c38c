/**
 * Checks the guide's "where": « en haut à droite », « le dernier onglet à
 * droite en bas », « tout en bas ». Measured from the rendered layout, so a
 * redesign that moves the element makes the flow fail.
 */
import { expect } from '@playwright/test';
import type { Page } from 'playwright';
import { readLayout } from './layout-read';
import type { Placement, Target } from './types';

/** `target` must already be visible: the check reads the layout once, it does not wait for it. */
export async function expectPlacement(page: Page, target: Target, placement: Placement): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('Taille de la fenêtre inconnue : impossible de vérifier la position.');
  const { box, tabLefts, headingTops } = await readLayout(page, target);
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
