/**
 * Mobile app layout: top bar (back arrow + page title as h1), content, and the
 * bottom tab bar, with « Compte » the rightmost tab as in the real app.
 */
import type { Child } from 'hono/jsx';
import type { PageContext } from '../props';
import { formatDateTime } from '../format';
import { Document } from '../shared/Document';
import { Flash } from '../shared/Forms';
import { icons } from './icons';
import { paths } from '../../urls';

export type AppTab = 'accueil' | 'categories' | 'panier' | 'compte';

const TABS: { id: AppTab; label: string; href: string; icon: keyof typeof icons }[] = [
  { id: 'accueil', label: 'Accueil', href: paths.home('app'), icon: 'home' },
  { id: 'categories', label: 'Catégories', href: '/app/categories', icon: 'categories' },
  { id: 'panier', label: 'Panier', href: '/app/panier', icon: 'cart' },
  { id: 'compte', label: 'Compte', href: '/app/compte', icon: 'account' },
];

/** The tab whose label is this title, for pages that only know their title. */
export function tabForTitle(title: string): AppTab | undefined {
  return TABS.find((t) => t.label === title)?.id;
}

interface Props {
  ctx?: PageContext;
  title: string;
  backHref?: string;
  tab?: AppTab;
  children?: Child;
}

export function AppLayout(props: Props) {
  const { ctx } = props;
  return (
    <Document title={props.title} kind="app">
      <div class="app-shell">
        <header class="app-bar">
          {props.backHref && (
            <a class="app-back" href={props.backHref} aria-label="Retour">
              {icons.back()}
            </a>
          )}
          <h1>{props.title}</h1>
        </header>
        <main class="app-main">
          <Flash message={ctx?.flash} />
          {props.children}
          <footer class="app-footer">
            {ctx && (
              <p>
                Heure simulée : <time datetime={ctx.now}>{formatDateTime(ctx.now)}</time>
              </p>
            )}
            <p>
              <a href="/__sim">Simulateur</a>
            </p>
          </footer>
        </main>
        <nav class="app-tabs" aria-label="Onglets">
          <ul>
            {TABS.map((t) => (
              <li>
                <a href={t.href} aria-current={t.id === props.tab ? 'page' : undefined}>
                  {icons[t.icon]()}
                  <span>{t.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </Document>
  );
}
