/**
 * The guide check without a browser: the parser keeps lines, and guide ↔ flows
 * names the guide line of each problem. Small guides written here, checked
 * against the real flows, so a renamed step or label in flows/ shows up too.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from '../../fixtures/test';
import { flowsOf, mainFlows } from '../../flows/index';
import { labels } from '../../flows/scenario-facts';
import { RULES } from '../../mock-site/domain/policy';
import { checkFlows } from '../../commands/guide-check/check-flows';
import { parseGuide } from '../../commands/guide-check/guide';

/** The project's guide tells today's rules (2026); the reopen button of the older edition shows how labels are checked. */
const allFlows = flowsOf('2026');
const catalog = { main: mainFlows, all: allFlows, ruleIds: new Set<string>(Object.values(RULES)) };
const catalog2016 = { main: mainFlows, all: flowsOf('2016'), ruleIds: new Set<string>(Object.values(RULES)) };
const check = (markdown: string) => checkFlows(parseGuide(markdown, 'essai.md'), catalog);

/** The web procedure as the guide writes it; `edit` changes one line before checking. */
function webProcedure(edit: (lines: string[]) => void = () => {}): string {
  const lines = [
    '# Essai', // 1
    '', // 2
    `1. Ouvrez « ${labels.account} ». <!-- step: annuler-litige-web/compte -->`, // 3
    `2. Choisissez « ${labels.myOrders} ». <!-- step: annuler-litige-web/mes-commandes -->`, // 4
    `3. Ouvrez « ${labels.orderDetails} ». <!-- step: annuler-litige-web/details-commande -->`, // 5
    `4. Suivez « ${labels.disputeInProgress} ». <!-- step: annuler-litige-web/litige-en-cours -->`, // 6
    `5. Cliquez sur « ${labels.cancelRequest} ». <!-- step: annuler-litige-web/annuler-la-demande -->`, // 7
    `6. Lisez « ${labels.cancelled} ». <!-- step: annuler-litige-web/confirmation -->`, // 8
  ];
  edit(lines);
  return lines.join('\n');
}

const webProblems = (markdown: string) => check(markdown).problems.filter((p) => p.subject.endsWith('(site web)'));

test('the project guide matches the flows', () => {
  const { problems } = checkFlows(parseGuide(readFileSync('guide/annuler-un-litige.md', 'utf8'), 'guide'), catalog);
  expect(problems).toEqual([]);
});

test('a faithful procedure has no problem on its flow', () => {
  expect(webProblems(webProcedure())).toEqual([]);
});

test('an edited quoted label is reported at its line, with the label the flow uses', () => {
  const markdown = webProcedure((lines) => {
    lines[6] = '5. Cliquez sur « Annuler le litige ». <!-- step: annuler-litige-web/annuler-la-demande -->';
  });
  expect(webProblems(markdown)).toEqual([
    {
      check: 'flows',
      line: 7,
      subject: 'Étape 5 (site web)',
      sentence: 'Cliquez sur « Annuler le litige ».',
      message: `le guide cite « Annuler le litige », le parcours vise « ${labels.cancelRequest} »`,
    },
  ]);
});

test('a label wrapped onto the next line is reported on that line', () => {
  const markdown = webProcedure((lines) => {
    lines[6] =
      '5. Descendez tout en bas du dossier,\n   puis cliquez sur « Annuler tout ». <!-- step: annuler-litige-web/annuler-la-demande -->';
  });
  expect(webProblems(markdown).map((p) => [p.line, p.message])).toEqual([
    [8, `le guide cite « Annuler tout », le parcours vise « ${labels.cancelRequest} »`],
  ]);
});

test('a step that no longer quotes what it acts on is reported', () => {
  const markdown = webProcedure((lines) => {
    lines[3] = '2. Choisissez vos commandes. <!-- step: annuler-litige-web/mes-commandes -->';
  });
  expect(webProblems(markdown).map((p) => [p.line, p.message])).toEqual([
    [4, `le guide ne cite pas « ${labels.myOrders} », l'élément sur lequel le parcours agit`],
  ]);
});

test('steps out of the flow order are reported at the later sentence', () => {
  const markdown = webProcedure((lines) => {
    [lines[3], lines[4]] = [lines[4] ?? '', lines[3] ?? ''];
  });
  expect(webProblems(markdown).map((p) => [p.line, p.subject])).toEqual([[5, 'Étape 2 (site web)']]);
});

test('a flow step no sentence covers is listed, next to the sentence before it', () => {
  const markdown = webProcedure((lines) => lines.splice(7, 1));
  expect(webProblems(markdown)).toEqual([
    expect.objectContaining({ line: 7, subject: 'Étape 6 (site web)', message: expect.stringContaining('« confirmation »') }),
  ]);
});

test('unknown steps, unknown rules and stray markers are problems, never ignored', () => {
  const markdown = [
    '# Essai', // 1
    '', // 2
    'Une étape inventée. <!-- step: annuler-litige-web/inventee -->', // 3
    '', // 4
    'Une règle inventée. <!-- rule: regle.inventee -->', // 5
    '', // 6
    '<!-- rule: resolved.final -->', // 7
    '', // 8
    'Un repère mal écrit. <!-- step annuler-litige-web -->', // 9
  ].join('\n');
  const problems = check(markdown).problems.filter((p) => p.subject.startsWith('Repère') || p.subject === 'Règle regle.inventee');
  expect(problems.map((p) => [p.line, p.subject])).toEqual([
    [7, 'Repère'],
    [9, 'Repère'],
    [3, 'Repère step: annuler-litige-web/inventee'],
    [5, 'Règle regle.inventee'],
  ]);
});

test('rules the flows show but the guide never states are listed', () => {
  const stated = check('Un litige résolu est définitif. <!-- rule: resolved.final -->').problems.filter((p) =>
    p.subject.startsWith('Règle'),
  );
  const missing = stated.map((p) => p.subject.replace('Règle ', '')).sort();
  const shown = [...new Set(allFlows.flatMap((f) => f.rules ?? []))].filter((r) => r !== 'resolved.final').sort();
  expect(missing).toEqual(shown);
  expect(missing.length).toBeGreaterThan(0);
});

test('a rule sentence may quote the labels of the flows that show it, and only those', () => {
  const check2016 = (markdown: string) => checkFlows(parseGuide(markdown, 'essai.md'), catalog2016);
  const good = check2016(`Passé le délai, « ${labels.reopen} » disparaît. <!-- rule: reopen.window -->`);
  const bad = check2016('Passé le délai, « Relancer » disparaît. <!-- rule: reopen.window -->');
  expect(good.problems.filter((p) => p.subject === 'Règle reopen.window')).toEqual([]);
  expect(bad.problems.filter((p) => p.subject === 'Règle reopen.window').map((p) => [p.line, p.message])).toEqual([
    [1, expect.stringContaining('le guide cite « Relancer »')],
  ]);
});
