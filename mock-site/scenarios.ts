/**
 * Loads and validates the scenario files. A bad file fails with its file
 * name, the exact field path and what was expected.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from '../lib/zod-fr';
import { scenarioSchema, type Scenario } from './domain/schema';
import { checkScenario } from './domain/scenario-checks';

export const defaultScenarioDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../fixtures/scenarios');

const checkedScenarioSchema = scenarioSchema.superRefine((scenario, ctx) => {
  for (const problem of checkScenario(scenario)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});

export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Scénario invalide ${file} :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ScenarioError';
  }
}

/** Parses one scenario's text; `file` names it in errors. */
export function parseScenario(text: string, file: string): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(file, [`JSON invalide : ${(error as Error).message}`]);
  }
  const result = checkedScenarioSchema.safeParse(json);
  if (!result.success) throw new ScenarioError(file, result.error.issues.map(describeIssue));
  const expectedName = basename(file, '.json');
  if (result.data.name !== expectedName) {
    throw new ScenarioError(file, [`name : attendu « ${expectedName} » (le nom du fichier), reçu « ${result.data.name} »`]);
  }
  return result.data;
}

/** Reads every `*.json` of a folder, sorted by name. Throws on the first bad file. */
export function loadScenarios(dir: string = defaultScenarioDir): Map<string, Scenario> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new ScenarioError(dir, ['aucun fichier de scénario (*.json) dans ce dossier']);
  return new Map(
    files.map((f) => {
      const scenario = parseScenario(readFileSync(join(dir, f), 'utf8'), join(dir, f));
      return [scenario.name, scenario] as const;
    }),
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.join('.') : '(racine)';
  return `${path} : ${issue.message}`;
}
