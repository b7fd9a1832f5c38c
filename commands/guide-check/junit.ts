/**
 * The check's result as JUnit XML, for CI systems other than GitHub: one
 * test case per guide step or rule (the traceability rows), failed with its
 * problems' messages, skipped when left unchecked. A problem that belongs to
 * no row (a stray marker, an unknown step, a kind of problem added later) gets
 * its own failed test case, so nothing the check found is lost.
 */
import type { Problem, TraceRow } from './types';

export interface JunitRun {
  file: string;
  problems: readonly Problem[];
  rows: readonly TraceRow[];
  durationMs: number;
  timestamp: Date;
}

interface Case {
  name: string;
  line: number;
  problems: Problem[];
  skipped: boolean;
}

export function junitXml(run: JunitRun): string {
  const cases = testCases(run.rows, run.problems);
  const failures = cases.filter((c) => c.problems.length > 0).length;
  const skipped = cases.filter((c) => c.skipped && c.problems.length === 0).length;
  const time = (run.durationMs / 1000).toFixed(3);
  const counts = `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="guide:check" ${counts}>`,
    `  <testsuite name="${attr(run.file)}" ${counts} timestamp="${run.timestamp.toISOString()}">`,
    ...cases.map((c) => testCase(run.file, c)),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** Each problem goes to the row with its subject nearest its line; the rest become cases of their own. */
function testCases(rows: readonly TraceRow[], problems: readonly Problem[]): Case[] {
  const cases: Case[] = rows.map((row) => ({
    name: row.subject,
    line: row.line,
    problems: [],
    skipped: row.result === 'non vérifié',
  }));
  const own = new Map<string, Case>();
  for (const problem of problems) {
    const nearest = cases
      .filter((c) => c.name === problem.subject)
      .sort((a, b) => Math.abs(a.line - problem.line) - Math.abs(b.line - problem.line))[0];
    const key = `${problem.subject}\n${problem.line}`;
    const target =
      nearest ?? own.get(key) ?? own.set(key, { name: problem.subject, line: problem.line, problems: [], skipped: false }).get(key);
    target?.problems.push(problem);
  }
  return [...cases, ...own.values()];
}

function testCase(file: string, c: Case): string {
  const name = c.line > 0 ? `${c.name} (ligne ${c.line})` : c.name;
  const open = `    <testcase classname="${attr(file)}" name="${attr(name)}" file="${attr(file)}"${c.line > 0 ? ` line="${c.line}"` : ''} time="0"`;
  if (c.problems.length > 0) {
    const message = c.problems.map((p) => p.message).join(' ; ');
    const body = c.problems.map((p) => `${file}:${p.line}  ${p.subject} : ${p.message}\nLe guide : ${p.sentence}`).join('\n\n');
    return `${open}>\n      <failure message="${attr(message)}" type="${attr(c.problems[0]?.check ?? 'guide')}">${text(body)}</failure>\n    </testcase>`;
  }
  if (c.skipped) return `${open}>\n      <skipped message="non vérifié"/>\n    </testcase>`;
  return `${open}/>`;
}

/** Characters XML 1.0 cannot hold at all (most control characters) are dropped, not escaped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(value: string): string {
  return value.replace(NOT_XML, '').replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** In an attribute, quotes are escaped and line breaks kept as character references (a parser would fold them). */
function attr(value: string): string {
  return text(value)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\t', '&#9;');
}
