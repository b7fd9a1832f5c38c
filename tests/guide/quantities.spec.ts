/**
 * Durations in the guide's prose: digits and French number words, with their
 * unit, brought to hours; business days kept apart. One row per way of
 * writing it.
 */
import { test, expect } from '../../fixtures/test';
import { quantitiesIn } from '../../harness/guide-quantities';

const rows: [string, string, number, boolean][] = [
  ['Le vendeur dispose de 15 jours pour répondre.', '15 jours', 15 * 24, false],
  ['Il a quinze jours pour répondre.', 'quinze jours', 15 * 24, false],
  ['Comptez deux semaines.', 'deux semaines', 14 * 24, false],
  ['Confirmez sous 48 heures.', '48 heures', 48, false],
  ['Confirmez sous quarante-huit heures.', 'quarante-huit heures', 48, false],
  ['Au bout d’un mois, c’est fini.', 'un mois', 30 * 24, false],
  ['Une semaine suffit.', 'Une semaine', 7 * 24, false],
  ['Comptez 5 jours ouvrés.', '5 jours ouvrés', 5 * 24, true],
  ['Comptez vingt et un jours.', 'vingt et un jours', 21 * 24, false],
  ['Comptez soixante-dix jours.', 'soixante-dix jours', 70 * 24, false],
  ['Comptez quatre-vingts jours.', 'quatre-vingts jours', 80 * 24, false],
  ['Pendant 1 jour seulement.', '1 jour', 24, false],
  ['Sous 24 h.', '24 h', 24, false],
];

for (const [text, written, hours, business] of rows) {
  test(`« ${written} » is ${hours} hours${business ? ', in business days' : ''}`, () => {
    expect(quantitiesIn([{ text, line: 3 }])).toEqual([expect.objectContaining({ text: written, line: 3, hours, business })]);
  });
}

test('numbers without a duration unit are not claims', () => {
  const text = 'Étape 5 : cliquez. Un litige, deux boutons, la commande n° 8203, 3 articles, une longue conversation.';
  expect(quantitiesIn([{ text, line: 1 }])).toEqual([]);
});

test('a duration wrapped onto the next line is found on that line', () => {
  expect(quantitiesIn([{ text: 'Le vendeur dispose\nde 30 jours.', line: 49 }]).map((q) => [q.text, q.line])).toEqual([['30 jours', 50]]);
});
