/**
 * The guide's numbers are claims, checked in-process on drafts of the real
 * guide written to a temporary file (the check's --guide): each wrong number
 * is reported at its line, in the guide's words, with what the site applies
 * and what the boundary experiment saw. No browser, no child test run: the
 * flows, the numbers and the experiments on an in-process simulator.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { test, expect } from '../../fixtures/test';
import { config, type AppConfig } from '../../lib/config';
import { runCheck } from '../../commands/guide-check/run-check';
import { exitCodeOf, formatProblem } from '../../commands/guide-check/report';
import type { EditionName } from '../../mock-site/domain/editions/index';

const GUIDE = 'guide/annuler-un-litige.md';
const real = readFileSync(GUIDE, 'utf8');

/** The line holding a marker, found by plain text search (not by the parser under test). */
function lineOf(marker: string): number {
  return real.split('\n').findIndex((line) => line.includes(marker)) + 1;
}

/** Checks a draft: the real guide with one replacement, under these settings. */
async function checkDraft(from: string, to: string, settings: Partial<AppConfig> = {}, edition?: EditionName) {
  expect(real, `the guide still says « ${from} »`).toContain(from);
  const draft = test.info().outputPath('brouillon.md');
  await writeFile(draft, real.replace(from, to));
  const run = await runCheck({ guide: draft, traceability: test.info().outputPath('traceability.md'), json: false, edition }, () => {}, {
    withoutBrowser: true,
    config: { ...config, ...settings },
  });
  const lines = run.problems.map((p) => formatProblem(draft, p).split('\n')[0]?.replace(draft, 'guide'));
  return { run, lines, code: exitCodeOf(run.problems) };
}

const seller = lineOf('<!-- rule: seller.deadline -->');
const openAgain = lineOf('<!-- rule: open.again -->');
const appeal = lineOf('<!-- rule: decision.appeal -->');
const stepsIn = lineOf('<!-- rule: aliexpress.steps-in -->');
const accepts = lineOf('<!-- rule: seller.accepts -->');

test('the real guide: every number is a parameter of its rule, every boundary holds', async () => {
  const { run, code } = await checkDraft('', '');
  expect(run.problems).toEqual([]);
  expect(code).toBe(0);
  const experiments = run.rows.filter((r) => r.proof.some((p) => p.startsWith('scénario')));
  expect(experiments.map((r) => [r.line, r.subject, r.result])).toEqual([
    [appeal, 'Règle decision.appeal : « 7 jours » (décision)', 'ok'],
    [seller, 'Règle seller.deadline : « 5 jours » (ouverture)', 'ok'],
    [stepsIn, 'Règle aliexpress.steps-in : « 7 jours » (réponse du vendeur)', 'ok'],
    [openAgain, 'Règle open.again : « 15 jours » (réception)', 'ok'],
  ]);
  expect(experiments[0]?.tests).toEqual([
    'jour 6 : « Faire appel » proposé, POST …/appel → 200',
    'jour 8 : « Faire appel » non proposé, POST …/appel → 409 decision.appeal',
  ]);
});

test("the seller's days changed in the guide: reported at its line, and day 29 shows the automatic refund", async () => {
  const { lines, code } = await checkDraft('Le vendeur a 5 jours', 'Le vendeur a 30 jours');
  expect(code).toBe(1);
  expect(lines).toEqual([
    `guide:${seller}  « 30 jours » : le site laisse 5 jours au vendeur pour répondre (seller.deadline)`,
    `guide:${seller}  « 30 jours » : au jour 29 depuis l'ouverture du litige, le litige est au statut resolved, et non awaiting_seller (seller.deadline)`,
  ]);
});

test('the days to open a dispute again changed in the guide: day 59 sees the refusal', async () => {
  const { lines, code } = await checkDraft('au plus tard 15 jours', 'au plus tard 60 jours');
  expect(code).toBe(1);
  expect(lines).toEqual([
    `guide:${openAgain}  « 60 jours » : la protection acheteur dure 15 jours après la confirmation de réception (open.again)`,
    `guide:${openAgain}  « 60 jours » : au jour 59 depuis la confirmation de réception, « Ouvrir un litige » n'est plus proposé et la demande est refusée (409) (open.again)`,
  ]);
});

test('numbers in words and other units are compared in days', async () => {
  expect((await checkDraft('au plus tard 15 jours', 'au plus tard quinze jours')).run.problems).toEqual([]);
  const { lines } = await checkDraft('dans les 7 jours qui la suivent', 'dans la semaine qui la suit');
  expect(lines).toEqual([]);
  const { lines: twoWeeks } = await checkDraft('Le vendeur a 5 jours', 'Le vendeur a deux semaines');
  expect(twoWeeks[0]).toBe(
    `guide:${seller}  « deux semaines » : le site laisse 5 jours au vendeur pour répondre (seller.deadline) ; « deux semaines » font 14 jours`,
  );
});

test('a new number in a rule sentence that fixes no duration is a problem', async () => {
  const { lines, code } = await checkDraft("vous n'avez plus rien à faire", 'vous devez encore confirmer sous 48 heures');
  expect(code).toBe(1);
  expect(lines).toEqual([
    `guide:${accepts}  « 48 heures » : la règle seller.accepts ne fixe aucune durée sur le site : ce nombre ne correspond à rien de ce que le site applique`,
  ]);
});

test('a number in a paragraph without a marker is tied to nothing, and said so', async () => {
  const { lines } = await checkDraft('Le chemin ressemble à celui du site', 'Comptez 2 jours. Le chemin ressemble à celui du site');
  expect(lines).toEqual([expect.stringMatching(/^guide:\d+ {2}« 2 jours » : aucun repère ne relie ce paragraphe à une règle/)]);
});

test("the seller's window changed by its setting, the guide unchanged: the number and the experiment both fail", async () => {
  const { lines, code } = await checkDraft('', '', { SELLER_RESPONSE_DAYS: 20 });
  expect(code).toBe(1);
  expect(lines).toEqual([
    `guide:${seller}  « 5 jours » : le site laisse 20 jours au vendeur pour répondre (seller.deadline)`,
    `guide:${seller}  « 5 jours » : au jour 6 depuis l'ouverture du litige, le litige est au statut awaiting_seller, et non resolved (seller.deadline)`,
  ]);
});

test("a business-day number never equals the site's calendar days", async () => {
  const { lines } = await checkDraft('Le vendeur a 5 jours', 'Le vendeur a 5 jours ouvrés');
  expect(lines[0]).toBe(
    `guide:${seller}  « 5 jours ouvrés » : le site compte des jours calendaires, pas des jours ouvrés : le site laisse 5 jours au vendeur pour répondre (seller.deadline)`,
  );
});

test('rule sentences with no checkable fact are warnings, not failures', async () => {
  const { run } = await checkDraft('', '');
  expect(run.warnings.map((w) => [w.line, w.sentence])).toContainEqual([
    lineOf('<!-- rule: open.again -->'),
    'Ensuite, plus aucun recours.',
  ]);
  // A sentence quoting a label or giving a duration is checked, so never listed.
  expect(run.warnings.filter((w) => /«|\d+ jours/.test(w.sentence))).toEqual([]);
});

test("a number in a procedure step is checked the same way: the step's flow fixes no duration", async () => {
  const web = lineOf('<!-- step: annuler-litige-web/annuler-la-demande -->');
  const { lines } = await checkDraft("l'annulation prend effet tout de suite", "l'annulation prend effet sous 24 heures");
  expect(lines).toEqual([
    `guide:${web}  « 24 heures » : l'étape annuler-litige-web/annuler-la-demande ne fixe aucune durée sur le site : ce nombre ne correspond à rien de ce que le site applique`,
  ]);
});

test.describe('the same guide against the older edition (2016): every difference at its line', () => {
  test('the seller had 15 days and his silence sent the case to AliExpress, not a refund', async () => {
    const { lines, code } = await checkDraft('', '', {}, '2016');
    expect(code).toBe(1);
    expect(lines).toContain(`guide:${seller}  « 5 jours » : le site laisse 15 jours au vendeur pour répondre (seller.deadline)`);
    expect(lines).toContain(
      `guide:${seller}  « 5 jours » : au jour 6 depuis l'ouverture du litige, le litige est au statut awaiting_seller, et non in_mediation (seller.deadline)`,
    );
    // What silence does: the 2016 flows of the rule never show today's automatic refund.
    expect(
      lines.some((line) => line?.startsWith(`guide:${seller}  Règle seller.deadline : le guide cite « Remboursement automatique »`)),
    ).toBe(true);
    // Today's rules do not exist in 2016: each is named at its own line.
    const today: [string, number][] = [
      ['decision.appeal', appeal],
      ['aliexpress.steps-in', stepsIn],
      ['open.again', openAgain],
      ['seller.proposal', lineOf('<!-- rule: seller.proposal -->')],
    ];
    for (const [rule, line] of today)
      expect(lines).toContainEqual(
        expect.stringMatching(
          new RegExp(`^guide:${line}  Règle ${rule.replace('.', '\\.')} : cette règle n'existe pas dans l'édition 2016`),
        ),
      );
  });

  test("a guide written for 2016 passes against 2016 on the numbers: the reference guide's own days", async () => {
    const old = real.replace('Le vendeur a 5 jours', 'Le vendeur a 15 jours');
    const draft = test.info().outputPath('guide-2016.md');
    await writeFile(draft, old);
    const run = await runCheck({ guide: draft, traceability: test.info().outputPath('t.md'), json: false, edition: '2016' }, () => {}, {
      withoutBrowser: true,
    });
    expect(run.problems.filter((p) => p.line === seller && p.subject.startsWith('«'))).toEqual([]);
  });
});
