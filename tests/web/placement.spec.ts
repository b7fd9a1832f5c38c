/**
 * The guide's "where" is measured, so it can fail: each placement passes on a
 * layout that matches it and fails on one that does not (pages written here).
 */
import { test, expect } from '../../fixtures/test';
import { expectPlacement } from '../../flows/placement';
import type { Placement, Target } from '../../flows/types';

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
    const target: Target = { role: placement === 'bottom-bar-rightmost' ? 'link' : 'button', name };
    await page.setContent(matching);
    await expectPlacement(page, target, placement);
    await page.setContent(wrong);
    await expect(expectPlacement(page, target, placement)).rejects.toThrow();
  });
}

// The layout is read for the element the accessibility tree names (flows/target-node.ts), strictly, as getByRole finds it.
const header = (buttons: string) => `<header style="display:flex;justify-content:flex-end">${buttons}</header>`;

test('a placement is measured on one element only: two with the same role and name are refused', async ({ page }) => {
  await page.setContent(header('<button>Compte</button><button>Compte</button>'));
  await expect(expectPlacement(page, { role: 'button', name: 'Compte' }, 'top-right')).rejects.toThrow('bouton « Compte » : 2 éléments');
});

test('what the accessibility tree leaves out is not measured: a hidden twin, another role, a longer name', async ({ page }) => {
  await page.setContent(
    header(
      '<button style="display:none">Compte</button><button aria-hidden="true">Compte</button><a href="#">Compte</a>' +
        '<button>Compte client</button><button>Compte</button>',
    ),
  );
  await expectPlacement(page, { role: 'button', name: 'Compte' }, 'top-right');
});

test('within: the element is looked for inside its container only', async ({ page }) => {
  await page.setContent(`<a href="#">Compte</a>${bar(['Accueil', 'Compte'])}`);
  await expectPlacement(page, { role: 'link', name: 'Compte', within: { role: 'navigation', name: 'Onglets' } }, 'bottom-bar-rightmost');
  await expect(expectPlacement(page, { role: 'link', name: 'Compte' }, 'bottom-bar-rightmost')).rejects.toThrow('2 éléments');
});

test('a name given as an expression matches the accessible names it fits, still only one', async ({ page }) => {
  await page.setContent(header('<button>Compte client</button><button>Compte</button>'));
  await expectPlacement(page, { role: 'button', name: /^Compte$/ }, 'top-right');
  await expect(expectPlacement(page, { role: 'button', name: /^Compte/ }, 'top-right')).rejects.toThrow('2 éléments');
});

test('within, the only element of its role and name on the page: found at once, and its placement still checked', async ({ page }) => {
  const tab: Target = { role: 'link', name: 'Compte', within: { role: 'navigation', name: 'Onglets' } };
  await page.setContent(bar(['Accueil', 'Panier', 'Compte']));
  await expectPlacement(page, tab, 'bottom-bar-rightmost');
  await page.setContent(bar(['Accueil', 'Compte', 'Panier']));
  await expect(expectPlacement(page, tab, 'bottom-bar-rightmost')).rejects.toThrow('le dernier onglet');
});
