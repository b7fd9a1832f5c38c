/**
 * Where every consumer reads a step's words: the guide's sentence through the
 * step's marker, else the guide's sentence of the flow's rule; and a page's
 * buttons as the boundary experiments read them from its HTML.
 */
import { test, expect } from '../../fixtures/test';
import { annulerLitigeWeb } from '../../flows/annuler-litige-web';
import { reouverture } from '../../flows/rules/reouverture';
import { guideText } from '../../flows/guide-text';
import { parseGuide } from '../../harness/guide-markdown';
import { buttonNames, offersButton } from '../../harness/page-html';
import { ruleParameters } from '../../mock-site/domain/rule-parameters';

const draft = guideText(
  parseGuide(
    [
      '1. Ouvrez « Compte », là-haut. <!-- step: annuler-litige-web/compte -->',
      '',
      '- Un litige annulé se rouvre avec « Rouvrir le litige » pendant 15 jours. <!-- rule: reopen.window -->',
    ].join('\n'),
    'brouillon.md',
  ),
);
const [compte, mesCommandes] = annulerLitigeWeb.steps;

test('a step reads its guide sentence through its marker, markers left out', () => {
  expect(compte && draft.sentenceOf(annulerLitigeWeb, compte)).toBe('Ouvrez « Compte », là-haut.');
});

test("a rule flow's step with no sentence of its own reads its rule's sentence", () => {
  const flow = reouverture('web', 'livraison');
  expect(flow.steps.map((step) => draft.sentenceOf(flow, step))).toEqual(
    flow.steps.map(() => 'Un litige annulé se rouvre avec « Rouvrir le litige » pendant 15 jours.'),
  );
});

test('a step the guide does not cover is named by its flow and id, never by prose written elsewhere', () => {
  expect(mesCommandes && draft.sentenceOf(annulerLitigeWeb, mesCommandes)).toBe('Annuler un litige depuis le site web (mes-commandes)');
});

test("a page's buttons by accessible name: text or aria-label, entities decoded", () => {
  const html =
    '<form><button type="submit" class="x">\n  Rouvrir le litige\n</button></form><button aria-label="Fermer">×</button><button>L&#39;<b>envoi</b></button>';
  expect(buttonNames(html)).toEqual(['Rouvrir le litige', 'Fermer', "L'envoi"]);
  expect(offersButton(html, 'Rouvrir le litige')).toBe(true);
  expect(offersButton('<p>Rouvrir le litige</p>', 'Rouvrir le litige')).toBe(false);
});

test('the rule parameters are the policy settings, per rule', () => {
  const table = ruleParameters({ sellerResponseDays: 20, reopenWindowDays: 9 });
  expect(ruleParameters({ sellerResponseDays: 5, appealDays: 7 })['reopen.window']).toBeUndefined();
  expect(table['seller.deadline']?.map((p) => [p.name, p.days])).toEqual([['sellerResponseDays', 20]]);
  expect(table['reopen.window']?.map((p) => [p.name, p.days])).toEqual([['reopenWindowDays', 9]]);
  expect(table['seller.accepts']).toBeUndefined();
});
