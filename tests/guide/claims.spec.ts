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

const GUIDE = 'guide/annuler-un-litige.md';
const real = readFileSync(GUIDE, 'utf8');

/** The line holding a marker, found by plain text search (not by the parser under test). */
function lineOf(marker: string): number {
  return real.split('\n').findIndex((line) => line.includes(marker)) + 1;
}

/** Checks a draft: the real guide with one replacement, under these settings. */
async function checkDraft(from: string, to: string, settings: Partial<AppConfig> = {}) {
  expect(real, `the guide still says « ${from} »`).toContain(from);
  const draft = test.info().outputPath('brouillon.md');
  await writeFile(draft, real.replace(from, to));
  const run = await runCheck({ guide: draft, traceability: test.info().outputPath('traceability.md'), json: false }, () => {}, {
    withoutBrowser: true,
    config: { ...config, ...settings },
  });
  const lines = run.problems.map((p) => formatProblem(draft, p).split('\n')[0]?.replace(draft, 'guide'));
  return { run, lines, code: exitCodeOf(run.problems) };
}

const seller = lineOf('<!-- rule: seller.deadline -->');
const reopen = lineOf('<!-- rule: reopen.window -->');
const accepts = lineOf('<!-- rule: seller.accepts -->');

test('the real guide: every number is a parameter of its rule, every boundary holds', async () => {
  const { run, code } = await checkDraft('', '');
  expect(run.problems).toEqual([]);
  expect(code).toBe(0);
  const experiments = run.rows.filter((r) => r.proof.some((p) => p.startsWith('scénario')));
  expect(experiments.map((r) => [r.line, r.subject, r.result])).toEqual([
    [seller, 'Règle seller.deadline : « 15 jours » (ouverture)', 'ok'],
    [reopen, 'Règle reopen.window : « 15 jours » (livraison)', 'ok'],
    [reopen, 'Règle reopen.window : « 15 jours » (protection)', 'ok'],
  ]);
  expect(experiments[1]?.tests).toEqual([
    'jour 14 : « Rouvrir le litige » proposé, POST …/rouvrir → 200',
    'jour 16 : « Rouvrir le litige » non proposé, POST …/rouvrir → 409 reopen.window',
  ]);
});

test("the seller's days changed in the guide: reported at its line, and day 29 shows mediation", async () => {
  const { lines, code } = await checkDraft('Le vendeur dispose de 15 jours', 'Le vendeur dispose de 30 jours');
  expect(code).toBe(1);
  expect(lines).toEqual([
    `guide:${seller}  « 30 jours » : le site laisse 15 jours au vendeur pour répondre (seller.deadline)`,
    `guide:${seller}  « 30 jours » : au jour 29 depuis l'ouverture du litige, le litige est au statut in_mediation, et non awaiting_seller (seller.deadline)`,
  ]);
});

test('the reopening days changed in the guide: day 59 sees the refusal', async () => {
  const { lines, code } = await checkDraft('pendant 15 jours', 'pendant 60 jours');
  expect(code).toBe(1);
  expect(lines).toEqual([
    `guide:${reopen}  « 60 jours » : le site permet de rouvrir un litige annulé pendant 15 jours (reopen.window)`,
    `guide:${reopen}  « 60 jours » : au jour 59 depuis la confirmation de la livraison, « Rouvrir le litige » n'est plus proposé et la demande est refusée (409) (reopen.window)`,
    `guide:${reopen}  « 60 jours » : au jour 59 depuis la fin de la protection acheteur, « Rouvrir le litige » n'est plus proposé et la demande est refusée (409) (reopen.window)`,
  ]);
});

test('numbers in words and other units are compared in days', async () => {
  expect((await checkDraft('pendant 15 jours', 'pendant quinze jours')).run.problems).toEqual([]);
  const { lines } = await checkDraft('Le vendeur dispose de 15 jours', 'Le vendeur dispose de deux semaines');
  expect(lines[0]).toBe(
    `guide:${seller}  « deux semaines » : le site laisse 15 jours au vendeur pour répondre (seller.deadline) ; « deux semaines » font 14 jours`,
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
    `guide:${seller}  « 15 jours » : le site laisse 20 jours au vendeur pour répondre (seller.deadline)`,
    `guide:${seller}  « 15 jours » : au jour 16 depuis l'ouverture du litige, le litige est au statut awaiting_seller, et non in_mediation (seller.deadline)`,
  ]);
});

test('the reopening window changed by its setting, the guide unchanged: reported at the reopening line', async () => {
  const { lines, code } = await checkDraft('', '', { REOPEN_WINDOW_DAYS: 10 });
  expect(code).toBe(1);
  expect(lines[0]).toBe(`guide:${reopen}  « 15 jours » : le site permet de rouvrir un litige annulé pendant 10 jours (reopen.window)`);
  expect(lines.slice(1)).toEqual([
    expect.stringContaining(
      `guide:${reopen}  « 15 jours » : au jour 14 depuis la confirmation de la livraison, « Rouvrir le litige » n'est plus proposé`,
    ),
    expect.stringContaining(`guide:${reopen}  « 15 jours » : au jour 14 depuis la fin de la protection acheteur`),
  ]);
});

test("a business-day number never equals the site's calendar days", async () => {
  const { lines } = await checkDraft('Le vendeur dispose de 15 jours', 'Le vendeur dispose de 15 jours ouvrés');
  expect(lines[0]).toBe(
    `guide:${seller}  « 15 jours ouvrés » : le site compte des jours calendaires, pas des jours ouvrés : le site laisse 15 jours au vendeur pour répondre (seller.deadline)`,
  );
});

test('rule sentences with no checkable fact are warnings, not failures', async () => {
  const { run } = await checkDraft('', '');
  expect(run.warnings.map((w) => [w.line, w.sentence])).toContainEqual([
    lineOf('<!-- rule: seller.cancel-request.warning -->'),
    "Vous restez libre d'annuler malgré tout.",
  ]);
  // A sentence quoting a label or giving a duration is checked, so never listed.
  expect(run.warnings.filter((w) => /«|15 jours/.test(w.sentence))).toEqual([]);
});

test("a number in a procedure step is checked the same way: the step's flow fixes no duration", async () => {
  const web = lineOf('<!-- step: annuler-litige-web/annuler-la-demande -->');
  const { lines } = await checkDraft("l'annulation prend effet tout de suite", "l'annulation prend effet sous 24 heures");
  expect(lines).toEqual([
    `guide:${web}  « 24 heures » : l'étape annuler-litige-web/annuler-la-demande ne fixe aucune durée sur le site : ce nombre ne correspond à rien de ce que le site applique`,
  ]);
});
