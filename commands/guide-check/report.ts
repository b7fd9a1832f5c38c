/**
 * The check's answer: French lines `guide/…md:LINE  Étape N (…) : …` for
 * people, one JSON document for programs, and the traceability table (guide
 * step or rule → flow step → test → result) as Markdown.
 */
import type { Warning } from './check-claims';
import { PROSE_NOTE } from './check-claims';
import type { CheckName, Problem, TraceRow } from './types';

const checkOrder: Record<CheckName, number> = { flows: 0, claims: 1, site: 2, tests: 3 };
const SENTENCE_MAX = 180;

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || checkOrder[a.check] - checkOrder[b.check]);
}

/** One problem: where, what the guide says, what was found instead. */
export function formatProblem(file: string, problem: Problem): string {
  return `${file}:${problem.line}  ${problem.subject} : ${problem.message}\n    Le guide : ${shorten(problem.sentence)}`;
}

/** The rule sentences CI cannot vouch for, and what remains prose. */
export function formatWarnings(file: string, warnings: readonly Warning[]): string[] {
  if (warnings.length === 0) return [];
  return [
    ...warnings.map((w) => `${file}:${w.line}  avertissement : ${w.message}\n    Le guide : ${shorten(w.sentence)}`),
    `${warnings.length} phrase${warnings.length > 1 ? 's' : ''} des règles ${PROSE_NOTE}.`,
  ];
}

/** 1 when something is wrong; warnings never fail the check. */
export function exitCodeOf(problems: readonly Problem[]): 0 | 1 {
  return problems.length > 0 ? 1 : 0;
}

/** `partial`: why some checks did not run (--only-rules, --safe), said after the verdict. */
export function summary(file: string, problems: readonly Problem[], partial?: string): string {
  const scope = partial ? ` (vérification partielle : ${partial})` : '';
  const checked = partial ? 'ce qui a pu être vérifié' : 'les parcours, les règles du site, le site et les tests';
  if (problems.length === 0) return `✔ ${file} concorde avec ${checked}${scope}.`;
  const counts = (['flows', 'claims', 'site', 'tests'] as const)
    .map((check) => [check, problems.filter((p) => p.check === check).length] as const)
    .filter(([, n]) => n > 0)
    .map(([check, n]) => `${n} ${{ flows: 'parcours', claims: 'nombres et limites', site: 'site', tests: 'tests' }[check]}`)
    .join(', ');
  return `✘ ${problems.length} problème${problems.length > 1 ? 's' : ''} dans ${file} (${counts})${scope}.`;
}

export function toJson(file: string, problems: readonly Problem[], rows: readonly TraceRow[], extra: object): string {
  return JSON.stringify(
    { ok: problems.length === 0, guide: file, problems: problems.map((p) => ({ file, ...p })), traceability: rows, ...extra },
    null,
    2,
  );
}

/** `link`: the guide's path relative to the table, so the line links work where the table is. */
export function traceabilityMarkdown(file: string, link: string, rows: readonly TraceRow[], generatedAt: Date): string {
  const mark: Record<TraceRow['result'], string> = { ok: '✅ ok', échec: '❌ échec', 'non vérifié': '⏭️ non vérifié' };
  const lines = rows.map((row) =>
    [
      row.line > 0 ? `[${file}:${row.line}](${link}#L${row.line})` : '—',
      row.subject,
      cell(shorten(row.sentence, 120)),
      row.proof.map((p) => `\`${p}\``).join('<br>') || '—',
      row.tests.map(cell).join('<br>') || '—',
      mark[row.result],
    ].join(' | '),
  );
  return [
    `# Traçabilité du guide`,
    '',
    `Produit par \`npm run guide:check\` le ${generatedAt.toISOString()} : chaque étape et chaque règle du guide, ce qui la prouve, et le résultat de cette exécution.`,
    '',
    '| Ligne | Étape ou règle | Phrase du guide | Parcours | Tests | Résultat |',
    '| --- | --- | --- | --- | --- | --- |',
    ...lines.map((line) => `| ${line} |`),
    '',
  ].join('\n');
}

function shorten(text: string, max = SENTENCE_MAX): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A table cell holds no pipe and no line break. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\s+/g, ' ');
}
