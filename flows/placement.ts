/**
 * Checks the guide's "where": « en haut à droite », « le dernier onglet à
 * droite en bas », « tout en bas ». Measured from the rendered layout, so a
 * redesign that moves the element makes the flow fail.
 */
import { expect } from '@playwright/test';
import type { Page } from 'playwright';
import { callOnNode, findTargetNode } from './target-node';
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

/** Where the target is drawn, read in one call on the element the accessibility tree gives for it (flows/target-node.ts). */
interface Layout {
  /** The target's box, in CSS pixels from the viewport's top left. */
  box: { x: number; y: number; width: number; height: number };
  /** The left edges of the links of the target's nearest <nav> (role link: a or area with href, or role="link"). */
  tabLefts: number[];
  /** The tops of <main>'s headings (h1–h6 or role="heading"). */
  headingTops: number[];
}

async function readLayout(page: Page, target: Target): Promise<Layout> {
  return callOnNode<Layout>(await findTargetNode(page, target), LAYOUT_AROUND_THIS);
}

/**
 * Runs in the page with the target as `this`. A string, not a function's source: a compiled
 * TypeScript function may call helpers (esbuild's __name) that do not exist in the page.
 */
const LAYOUT_AROUND_THIS = `function () {
  const { x, y, width, height } = this.getBoundingClientRect();
  const nav = this.closest('nav');
  const tabs = nav ? [...nav.querySelectorAll('a[href], area[href], [role="link"]')] : [];
  const headings = document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6, main [role="heading"]');
  return {
    box: { x, y, width, height },
    tabLefts: tabs.map((tab) => tab.getBoundingClientRect().x),
    headingTops: [...headings].map((heading) => heading.getBoundingClientRect().y),
  };
}`;
