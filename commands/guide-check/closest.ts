/**
 * Which of several labels a drifted one most likely became, so a report can
 * say « la page montre « Annuler le litige » » rather than list every button.
 * Dice coefficient on letter pairs: cheap, and robust to a changed word.
 */
export function closest(label: string, candidates: readonly string[]): { candidate: string; score: number } | undefined {
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = similarity(label, candidate);
    if (!best || score > best.score) best = { candidate, score };
  }
  return best;
}

export function similarity(a: string, b: string): number {
  const left = pairs(a);
  const right = pairs(b);
  if (left.length === 0 || right.length === 0) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const pair of right) pool.set(pair, (pool.get(pair) ?? 0) + 1);
  let shared = 0;
  for (const pair of left) {
    const count = pool.get(pair) ?? 0;
    if (count > 0) {
      shared += 1;
      pool.set(pair, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

function pairs(text: string): string[] {
  const letters = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return Array.from({ length: Math.max(0, letters.length - 1) }, (_, i) => letters.slice(i, i + 2));
}
