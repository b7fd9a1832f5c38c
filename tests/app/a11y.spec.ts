/** axe-core on the app's own pages and its cancel dialog (see tests/helpers/a11y.ts). */
import { expect } from '../../fixtures/test';
import { labels } from '../../flows/scenario-facts';
import { axeTests } from '../helpers/a11y';

axeTests([
  { name: 'account', scenario: 'litige-en-attente', path: '/compte' },
  { name: 'categories', scenario: 'litige-en-attente', path: '/categories' },
  { name: 'cart', scenario: 'litige-en-attente', path: '/panier' },
  {
    name: 'cancel dialog open',
    scenario: 'litige-en-attente',
    path: '/litiges/LT-5021934',
    then: async (page) => {
      await page.getByRole('button', { name: labels.cancelRequest }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
]);
