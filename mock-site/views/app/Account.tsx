/** The « Compte » tab. Counts sit beside the links, so each link's name is exactly its label. */
import type { AppAccountProps } from '../props';
import { AppLayout } from './AppLayout';
import { paths } from '../../urls';

export function Account(props: AppAccountProps) {
  return (
    <AppLayout ctx={props.ctx} title="Compte" tab="compte">
      <p class="card account-greeting">Bonjour, {props.ctx.buyerName}</p>
      <section class="card" aria-labelledby="suivi-titre">
        <h2 id="suivi-titre">Mes achats</h2>
        <ul class="link-list">
          <li>
            <a href={paths.orders('app')}>Commandes</a>
            <span class="count">{props.orderCount}</span>
          </li>
          <li>
            <a href={`${paths.orders('app')}?onglet=litiges`}>Litiges</a>
            <span class="count">{props.disputeCount}</span>
          </li>
        </ul>
      </section>
      <section class="card" aria-labelledby="autres-titre">
        <h2 id="autres-titre">Autres</h2>
        <ul class="link-list">
          <li>
            <a href="/">Version site web</a>
          </li>
        </ul>
      </section>
    </AppLayout>
  );
}
