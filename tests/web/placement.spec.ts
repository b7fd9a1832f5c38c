/**
 * The guide's "where" is measured, so it can fail: each placement passes on a
 * layout that matches it and fails on one that does not (pages written here).
 */
import { test, expect } from '../../fixtures/test';
import { expectPlacement } from '../../flows/placement';
import type { Placement } from '../../flows/types';

const bar = (order: string[]) =>
  `<nav aria-label="Onglets" style="position:fixed;bottom:0;left:0;right:0;display:flex">${order.map((n) => `<a href="#" style="flex:1">${n}</a>`).join('')}</nav>`;

const layouts: [Placement, target: string, matching: string, wrong: string][] = [
  [
    'top-right',
    'Compte',
    '<header style="display:flex;justify-content:flex-end"><button>Compte</button></header>',
    '<header style="display:flex;justify-content:flex-start"><button>Compte</button></header>',
  ],
  [
    'page-bottom',
    'Annuler la demande',
    '<main><h2>Dossier</h2><p>…</p><h2>Messages</h2><button>Annuler la demande</button></main>',
    '<main><h2>Dossier</h2><button>Annuler la demande</button><h2>Messages</h2></main>',
  ],
  ['bottom-bar-rightmost', 'Compte', bar(['Accueil', 'Panier', 'Compte']), bar(['Accueil', 'Compte', 'Panier'])],
];

for (const [placement, name, matching, wrong] of layouts) {
  test(`${placement}: passes where the guide says, fails elsewhere`, async ({ page }) => {
    const target = () => page.getByRole(placement === 'bottom-bar-rightmost' ? 'link' : 'button', { name });
    await page.setContent(matching);
    await expectPlacement(page, target(), placement);
    await page.setContent(wrong);
    await expect(expectPlacement(page, target(), placement)).rejects.toThrow();
  });
}
