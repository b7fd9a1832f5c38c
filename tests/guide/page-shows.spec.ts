/**
 * « la page montre « … » »: names read from an aria snapshot, and the guess of
 * what a missing label became, on snapshots written here the way Playwright
 * prints them.
 */
import { test, expect } from '../../fixtures/test';
import { namesInSnapshot } from '../../flows/page-summary';
import { insteadOf } from '../../commands/guide-check/page-shows';

const disputePage = [
  '- banner:',
  '  - button "Compte"',
  '- main:',
  "  - status: L'opération a été annulée.",
  '  - heading "Litige n° LT-5021934" [level=1]',
  '  - link "Retour à la commande":',
  '    - /url: /commandes/8203614927510384',
  '  - region "Annulation de la demande":',
  '    - button "Envoyer le message"',
  '    - button "Annuler le \\"litige\\"" [disabled]',
  '  - paragraph: "Heure simulée : 16 mars"',
].join('\n');

const known = new Set(['Compte', 'Envoyer le message', 'Annuler la demande']);

test('names come with their role, unquoted and unescaped; urls are not elements', () => {
  expect(namesInSnapshot(disputePage)).toEqual([
    { role: 'button', name: 'Compte' },
    { role: 'status', name: "L'opération a été annulée." },
    { role: 'heading', name: 'Litige n° LT-5021934' },
    { role: 'link', name: 'Retour à la commande' },
    { role: 'region', name: 'Annulation de la demande' },
    { role: 'button', name: 'Envoyer le message' },
    { role: 'button', name: 'Annuler le "litige"' },
    { role: 'paragraph', name: 'Heure simulée : 16 mars' },
  ]);
});

test('a renamed label is guessed among the names no flow knows, of the same role', () => {
  const shown = namesInSnapshot(disputePage);
  expect(insteadOf('Annuler la demande', 'button', shown, known)).toBe('la page montre « Annuler le "litige" »');
});

test('with nothing close, the report lists what is there instead of guessing', () => {
  const shown = namesInSnapshot(disputePage);
  expect(insteadOf('Rouvrir le litige', 'link', shown, known)).toBe('la page ne le montre pas ; on y voit : « Retour à la commande »');
  expect(insteadOf('Rouvrir', 'textbox', shown, known)).toBe('la page ne montre aucun champ');
});
