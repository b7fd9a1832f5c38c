/**
 * What the page shows instead of a label the guide quotes: the closest of the
 * names the page shows (flows/page-summary.ts reads them from the
 * accessibility tree), or the list of them.
 */
import type { Shown } from '../../flows/page-summary';
import { closest } from './closest';

/** Below this, the closest name is no more than a coincidence: list what is there instead. */
const LIKELY_RENAMED = 0.25;

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

function roleName(role: string | undefined): string {
  const names: Record<string, string> = { button: 'bouton', link: 'lien', heading: 'titre', dialog: 'fenêtre', textbox: 'champ' };
  return role ? (names[role] ?? `élément ${role}`) : 'texte';
}
