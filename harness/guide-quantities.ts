/**
 * Durations written in the guide's prose, in digits or in French words, with
 * their unit: « 15 jours », « quinze jours », « deux semaines », « 48 heures »,
 * « un mois », « 5 jours ouvrés ». Each is brought to hours, the one unit the
 * check compares: a week is 7 days, a month 30 days (the site counts days).
 * Business days are kept apart (`business`): how many calendar days they
 * make depends on the weekday they start, so they never equal the site's
 * calendar days and are reported as such.
 */
import { lineAt, normalizeLabel, type Segment } from './guide-markdown';

export type DurationUnit = 'heures' | 'jours' | 'jours ouvrés' | 'semaines' | 'mois';

export interface Quantity {
  /** As written, for the report: « quinze jours ». */
  text: string;
  line: number;
  amount: number;
  unit: DurationUnit;
  hours: number;
  business: boolean;
}

const UNIT_HOURS: Record<DurationUnit, number> = { heures: 1, jours: 24, 'jours ouvrés': 24, semaines: 7 * 24, mois: 30 * 24 };

const WORDS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
};

const WORD = Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** « quarante-huit », « vingt et un », « soixante-dix »: number words joined by hyphens, spaces or « et ». */
const NUMBER = `\\d+|(?:${WORD})(?:(?:[-\\s]+et[-\\s]+|[-\\s]+)(?:${WORD}))*`;
const UNIT = 'jours?[\\s\\u00a0]+ouvr[ée]s|jours?|semaines?|heures?|h|mois';
const QUANTITY = new RegExp(`(?<![\\p{L}\\d])(${NUMBER})[\\s\\u00a0]+(${UNIT})(?![\\p{L}])`, 'giu');

/** Every duration in these segments, each at the line it is written on. */
export function quantitiesIn(segments: readonly Segment[]): Quantity[] {
  return segments.flatMap((segment) =>
    [...segment.text.matchAll(QUANTITY)].flatMap((match): Quantity[] => {
      const amount = numberValue(match[1] ?? '');
      const unit = unitOf(match[2] ?? '');
      if (amount === undefined) return [];
      return [
        {
          text: normalizeLabel(match[0]),
          line: lineAt(segment, match.index),
          amount,
          unit,
          hours: amount * UNIT_HOURS[unit],
          business: unit === 'jours ouvrés',
        },
      ];
    }),
  );
}

/** « 48 heures » → « 2 jours », for messages (whole days when it is one). */
export function inDays(hours: number): string {
  const days = hours / 24;
  return Number.isInteger(days) ? `${days} jour${days > 1 ? 's' : ''}` : `${hours} heures`;
}

function unitOf(word: string): DurationUnit {
  const lower = word.toLowerCase();
  if (/^jours?\s+ouvr/.test(lower)) return 'jours ouvrés';
  if (lower.startsWith('jour')) return 'jours';
  if (lower.startsWith('semaine')) return 'semaines';
  if (lower === 'mois') return 'mois';
  return 'heures';
}

/** Digits, or French number words up to « cent … » (« quatre-vingts » is 80). */
function numberValue(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let last = 0;
  for (const token of text
    .toLowerCase()
    .split(/[-\s]+/)
    .filter((t) => t !== 'et')) {
    const value = WORDS[token];
    if (value === undefined) return undefined;
    if (value === 100) total = (total || 1) * 100;
    else if (value === 20 && last === 4) total += 76;
    else total += value;
    last = value;
  }
  return total;
}
