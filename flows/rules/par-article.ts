/**
 * dispute.per-item (2026): on an order of several items, a dispute covers one
 * item line; the order page shows which item each dispute is about.
 */
import { openOrderStep, orderListPath } from '../navigation';
import { defineFlow, type Surface } from '../types';

const DISPUTED_ITEM = 'Embouts en mousse à mémoire de forme (3 paires)';

export const litigeParArticle = (surface: Surface) =>
  defineFlow({
    id: `regle-litige-par-article-${surface}`,
    title: 'Une commande de plusieurs articles : un litige par article',
    surface,
    scenario: 'commande-plusieurs-articles',
    edition: '2026',
    start: orderListPath(surface),
    rules: ['dispute.per-item', 'dispute.single-active'],
    steps: [
      openOrderStep(surface, [
        { kind: 'text', text: `${DISPUTED_ITEM} :` },
        // Another item of the same order can still get its own dispute.
        { kind: 'visible', target: { role: 'combobox', name: 'Article concerné' } },
      ]),
    ],
  });
