/**
 * Figures, the printed table and out/bench.json. A figure is a median over
 * runs with its target and whether it is met; figures without a target are
 * context (where the time goes) and print without a verdict.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname } from 'node:path';
import { median, round } from '../stats';

export type Section = 'flows' | 'suite' | 'commands' | 'sim' | 'peer' | 'cold';
export const sections: readonly Section[] = ['flows', 'suite', 'commands', 'sim', 'peer', 'cold'];

export interface Target {
  /** `max`: the value must stay at or under `value`; `min`: at or over it. */
  kind: 'max' | 'min';
  value: number;
}

export interface Figure {
  section: Section;
  name: string;
  unit: string;
  /** Median of `runs`. */
  value: number;
  runs: number[];
  target?: Target;
  met?: boolean;
  note?: string;
}

export interface SectionResult {
  section: Section;
  figures: Figure[];
  /** Set when the section could not run (no Chromium, a child that failed…). */
  error?: string;
  seconds: number;
  /** 1-minute load average when the section started and ended: how busy the machine was. */
  loadavg: [number, number];
  /** Percent of the machine's CPU time the hypervisor gave to others during the section (dev/bench/steal.ts); absent off Linux. */
  stolenPercent?: number | undefined;
  /**
   * CPU milliseconds of a fixed piece of work before and after the section (dev/bench/machine-speed.ts):
   * how fast the host ran instructions then. Two figures compare only at similar values.
   */
  referenceCpuMs: [number, number];
}

export function figure(section: Section, name: string, unit: string, runs: number[], target?: Target, note?: string): Figure {
  const value = median(runs);
  const met = target && (target.kind === 'max' ? value <= target.value : value >= target.value);
  return { section, name, unit, value: round(value, 3), runs: runs.map((r) => round(r, 3)), target, met, note };
}

const fmt = (value: number, unit: string) => `${value >= 100 ? round(value, 0) : value >= 10 ? round(value, 1) : round(value, 2)} ${unit}`;
const targetText = (f: Figure) => (f.target ? `${f.target.kind === 'max' ? '≤' : '≥'} ${fmt(f.target.value, f.unit)}` : '');
const verdict = (f: Figure) => (f.met === undefined ? '' : f.met ? 'oui' : 'NON');

export function printTable(results: readonly SectionResult[]): void {
  const header = ['section', 'chiffre', 'médiane', 'cible', 'atteinte', 'mesures'];
  const rows: string[][] = [header];
  for (const result of results) {
    if (result.error) rows.push([result.section, `(non mesuré) ${result.error}`, '', '', 'NON', '']);
    for (const f of result.figures) {
      rows.push([
        f.section,
        f.name,
        fmt(f.value, f.unit),
        targetText(f),
        verdict(f),
        f.runs.length > 1 ? f.runs.map((r) => round(r, 1)).join(' / ') : '',
      ]);
    }
  }
  const widths = header.map((_, col) => Math.min(col === 1 ? 64 : 40, Math.max(...rows.map((r) => (r[col] ?? '').length))));
  const line = (r: string[]) =>
    r
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows.slice(1)) console.log(line(r));
  const notes = results.flatMap((r) => r.figures.filter((f) => f.note).map((f) => `  - ${f.name} : ${f.note}`));
  if (notes.length > 0) console.log(`\nNotes :\n${notes.join('\n')}`);
}

/** Writes out/bench.json and returns what it wrote. */
export function writeReport(path: string, results: readonly SectionResult[], options: object): object {
  mkdirSync(dirname(path), { recursive: true });
  const cpu = cpus();
  const body = {
    date: new Date().toISOString(),
    machine: { cpus: cpu.length, model: cpu[0]?.model, node: process.version, loadavg: loadavg().map((l) => round(l, 2)) },
    options,
    sections: results,
    unmet: results.flatMap((r) => r.figures.filter((f) => f.met === false).map((f) => `${f.section}: ${f.name}`)),
  };
  writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`);
  return body;
}
