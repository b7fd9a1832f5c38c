/**
 * What the page shows instead of a label the guide quotes. Read from the
 * page's accessibility tree (Playwright's aria snapshot), so it is what a
 * person, or a screen reader, finds there: visible elements, by role and name.
 */
import type { Locator } from 'playwright';
import { closest } from './closest';

export interface Shown {
  role: string;
  /** Accessible name, or the text of a nameless element (`- status: L'opération a été annulée.`). */
  name: string;
}

/** `- button "Annuler le litige" [disabled]:` or `- status: Texte` (quoted when it holds special characters). */
const LINE = /^\s*- ([a-z]+)(?: ("(?:[^"\\]|\\.)*"))?(?: \[[^\]]*\])?(?::(?: (.+))?)?$/;
/** Below this, the closest name is no more than a coincidence: list what is there instead. */
const LIKELY_RENAMED = 0.25;

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

/**
 * « la page montre « X » »: among what is shown with the label's role, the
 * closest name among those no flow knows (a renamed label is new by
 * definition); when none is close, the list of what is there. `role`
 * undefined means any text on the page.
 */
export function insteadOf(quote: string, role: string | undefined, shown: readonly Shown[], known: ReadonlySet<string>): string {
  const names = [...new Set(shown.filter((s) => (role ? s.role === role : true)).map((s) => s.name))];
  if (names.length === 0) return `la page ne montre aucun ${roleName(role)}`;
  // A label some flow uses is where it belongs; the renamed one is among the others.
  const unknown = names.filter((name) => !known.has(name));
  const guess = closest(quote, unknown);
  if (guess && guess.score >= LIKELY_RENAMED) return `la page montre « ${guess.candidate} »`;
  const listed = names
    .slice(0, 6)
    .map((n) => `« ${n} »`)
    .join(', ');
  return `la page ne le montre pas ; on y voit : ${listed}${names.length > 6 ? '…' : ''}`;
}

function unquote(text: string): string {
  if (!text.startsWith('"')) return text.trim();
  try {
    return String(JSON.parse(text)).trim();
  } catch {
    return text.slice(1, -1).trim();
  }
}

function roleName(role: string | undefined): string {
  const names: Record<string, string> = { button: 'bouton', link: 'lien', heading: 'titre', dialog: 'fenêtre', textbox: 'champ' };
  return role ? (names[role] ?? `élément ${role}`) : 'texte';
}
