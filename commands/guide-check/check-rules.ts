/**
 * Rules ↔ tests: every rule the guide states needs a test of this run, tied to
 * it by tag or annotation, that passed, and none that failed. A failed test is
 * a problem even beside a passing one: relaxing the reopen window breaks the
 * "too late" test while the "in time" one still passes.
 */
import type { RuleLink } from './check-flows';
import type { TestRecord } from './test-results';
import type { Problem, TraceRow } from './types';

const FAILED: ReadonlySet<TestRecord['status']> = new Set(['failed', 'timedOut', 'interrupted']);

export interface RulesCheck {
  problems: Problem[];
  rows: TraceRow[];
}

/** `onlyRules`: the others are left unchecked (« non vérifié »), not reported. */
export function checkRules(rules: readonly RuleLink[], tests: readonly TestRecord[], onlyRules?: readonly string[]): RulesCheck {
  const result: RulesCheck = { problems: [], rows: [] };
  for (const rule of rules) {
    const tagged = tests.filter((t) => t.rules.includes(rule.ruleId));
    const row: TraceRow = {
      line: rule.item.line,
      subject: `Règle ${rule.ruleId}`,
      sentence: rule.item.sentence,
      proof: rule.flows.map((f) => f.id),
      tests: tagged.map((t) => `${outcomeMark(t)} [${t.project}] ${t.title}`),
      result: 'non vérifié',
    };
    result.rows.push(row);
    if (onlyRules && !onlyRules.includes(rule.ruleId)) continue;
    const problems = ruleProblems(rule, tagged);
    row.result = problems.length > 0 ? 'échec' : 'ok';
    result.problems.push(...problems);
  }
  return result;
}

function ruleProblems(rule: RuleLink, tagged: readonly TestRecord[]): Problem[] {
  const problem = (message: string): Problem => ({
    check: 'tests',
    line: rule.item.line,
    subject: `Règle ${rule.ruleId}`,
    sentence: rule.item.sentence,
    message,
  });
  const failed = tagged.filter((t) => FAILED.has(t.status));
  if (failed.length > 0) return failed.map((t) => problem(`le test « ${t.title} » [${t.project}] échoue : ${t.error ?? t.status}`));
  if (tagged.some((t) => t.status === 'passed')) return [];
  if (tagged.length === 0) return [problem(`aucun test de cette exécution ne porte l'étiquette @${rule.ruleId}`)];
  return [problem(`les tests étiquetés @${rule.ruleId} n'ont pas tourné (ignorés) : aucun ne prouve la règle`)];
}

function outcomeMark(test: TestRecord): string {
  if (test.status === 'passed') return '✅';
  return FAILED.has(test.status) ? '❌' : '⏭️';
}
