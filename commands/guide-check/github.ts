/**
 * The check's answer where GitHub shows it: one workflow annotation per
 * problem, on the guide's line in the pull request, and a Markdown step
 * summary (the problems, then the traceability table) on the run's page.
 * Works on any problem list: a new kind of problem needs nothing here.
 */
import type { Problem } from './types';

/** `::error file=…,line=…,title=…::message`; a problem with no line (0) is pinned to the file. */
export function annotation(file: string, problem: Problem): string {
  const properties = [
    `file=${escapeProperty(file)}`,
    ...(problem.line > 0 ? [`line=${problem.line}`] : []),
    `title=${escapeProperty(problem.subject)}`,
  ];
  return `::error ${properties.join(',')}::${escapeData(`${problem.subject} : ${problem.message}\nLe guide : ${problem.sentence}`)}`;
}

/** GitHub's rules for a command's message: % and line breaks are encoded, or the message ends early. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property value also encodes the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * `verdict`: the check's one-line summary (report.ts); `traceability`: the
 * table's Markdown, written once by report.ts and reused here as is.
 */
export function stepSummary(file: string, verdict: string, problems: readonly Problem[], traceability: string): string {
  const table =
    problems.length === 0
      ? []
      : [
          '| Ligne | Étape ou règle | Problème | Le guide |',
          '| --- | --- | --- | --- |',
          ...problems.map(
            (p) => `| ${p.line > 0 ? `${file}:${p.line}` : file} | ${cell(p.subject)} | ${cell(p.message)} | ${cell(p.sentence)} |`,
          ),
          '',
        ];
  return [`## Vérification du guide`, '', verdict, '', ...table, traceability.replace(/^# /, '### '), ''].join('\n');
}

/** A table cell holds no pipe and no line break. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\s+/g, ' ');
}
