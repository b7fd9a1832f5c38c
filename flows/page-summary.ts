/**
 * What the page shows, read from its accessibility tree (Playwright's aria
 * snapshot): what a person, or a screen reader, finds there, i.e. visible
 * elements by role and name. A failed step quotes it (« la page montre
 * « Annuler le litige » »), and the guide check guesses from it what a
 * renamed label became (commands/guide-check/page-shows.ts).
 */
import type { Locator, Page } from 'playwright';
import type { Target } from './types';

export interface Shown {
  role: string;
  /** Accessible name, or the text of a nameless element (`- status: L'opération a été annulée.`). */
  name: string;
}

/** `- button "Annuler le litige" [disabled]:` or `- status: Texte` (quoted when it holds special characters). */
const LINE = /^\s*- ([a-z]+)(?: ("(?:[^"\\]|\\.)*"))?(?: \[[^\]]*\])?(?::(?: (.+))?)?$/;
const MAX_NAMES = 8;

export async function shownIn(scope: Locator): Promise<Shown[]> {
  return namesInSnapshot(await scope.ariaSnapshot({ timeout: 2_000 }).catch(() => ''));
}

/** The named (or texted) elements of an aria snapshot, in page order; `/url:` lines are properties, not elements. */
export function namesInSnapshot(snapshot: string): Shown[] {
  return snapshot.split('\n').flatMap((line): Shown[] => {
    const match = LINE.exec(line);
    if (!match?.[1]) return [];
    const text = match[3] && !match[3].startsWith('/') ? match[3] : undefined;
    const name = match[2] ? unquote(match[2]) : text ? unquote(text) : '';
    return name ? [{ role: match[1], name }] : [];
  });
}

/** The visible elements with the target's role, by name: what the person sees instead of the target. */
export async function describeWhatPageShows(page: Page, target: Target): Promise<string> {
  const shown = await shownIn(page.locator('body'));
  const names = [...new Set(shown.filter((s) => s.role === target.role).map((s) => s.name))].slice(0, MAX_NAMES);
  if (names.length === 0) return `aucun élément de ce type n'est visible (page ${page.url()})`;
  return names.map((name) => `« ${name} »`).join(', ');
}

function unquote(text: string): string {
  if (!text.startsWith('"')) return text.trim();
  try {
    return String(JSON.parse(text)).trim();
  } catch {
    return text.slice(1, -1).trim();
  }
}
