/**
 * Desktop layout. The account menu is a native popover (no JavaScript), at the
 * top right like the real site. `ctx` is optional so error pages can render
 * without a session; the menu and the simulated time need one.
 */
import type { Child } from 'hono/jsx';
import type { PageContext } from '../props';
import { formatDateTime } from '../format';
import { Document } from '../shared/Document';
import { Flash } from '../shared/Forms';
import { paths } from '../../urls';

export function Layout(props: { ctx?: PageContext; title: string; children?: Child }) {
  const { ctx } = props;
  return (
    <Document title={props.title} kind="web">
      <a class="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header class="site-header">
        <div class="site-header-inner">
          <a class="wordmark" href="/">
            AliExpress
          </a>
          <form role="search" method="get" action="/" class="search">
            <label for="recherche" class="visually-hidden">
              Rechercher un article
            </label>
            <input id="recherche" type="search" name="q" />
            <button type="submit">Rechercher</button>
          </form>
          {ctx && <AccountMenu buyerName={ctx.buyerName} />}
        </div>
      </header>
      <main id="contenu">
        <Flash message={ctx?.flash} />
        {props.children}
      </main>
      <footer class="site-footer">
        <div class="site-footer-inner">
          {ctx && (
            <p>
              Heure simulée : <time datetime={ctx.now}>{formatDateTime(ctx.now)}</time>
            </p>
          )}
          <p>
            <a href="/__sim">Simulateur</a>
          </p>
          <p>Site de démonstration : aucune commande n'est réelle.</p>
        </div>
      </footer>
    </Document>
  );
}

function AccountMenu(props: { buyerName: string }) {
  return (
    <>
      <button type="button" class="account-button" popovertarget="menu-compte">
        Compte
      </button>
      {/* popover="auto" gives light dismiss (Échap, clic ailleurs); a bare `popover` would render "true", an invalid value. */}
      <div id="menu-compte" class="account-menu" popover="auto">
        <nav aria-label="Compte">
          <p class="account-name">{props.buyerName}</p>
          <ul>
            <li>
              <a href={paths.orders('web')}>Mes commandes</a>
            </li>
            <li>
              <a href={`${paths.orders('web')}?onglet=litiges`}>Litiges</a>
            </li>
            <li>
              <a href={paths.home('app')}>Version application</a>
            </li>
          </ul>
        </nav>
      </div>
    </>
  );
}
