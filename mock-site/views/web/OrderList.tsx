/** « Mes commandes »: one labelled article per order, so tests can scope to an order by its title. */
import type { OrderListProps, OrderSummary } from '../props';
import { formatDate, formatPrice } from '../format';
import { OrderTabs } from '../shared/Catalogue';
import { Layout } from './Layout';

export function OrderList(props: OrderListProps) {
  return (
    <Layout ctx={props.ctx} title="Mes commandes">
      <h1>Mes commandes</h1>
      <OrderTabs tabs={props.tabs} />
      {props.orders.length === 0 ? (
        <p class="card">Aucune commande dans cet onglet.</p>
      ) : (
        <ul class="order-list">
          {props.orders.map((o) => (
            <li>
              <OrderCard order={o} />
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function OrderCard(props: { order: OrderSummary }) {
  const o = props.order;
  const titleId = `order-${o.id}-title`;
  return (
    <article class="card order-card" aria-labelledby={titleId}>
      <div class="order-main">
        <h2 id={titleId}>{o.title}</h2>
        <p class="order-meta">
          {o.store} · Commande n° {o.id} · passée le <time datetime={o.placedAt}>{formatDate(o.placedAt)}</time>
        </p>
        <p class="order-meta">{o.itemCount > 1 ? `${o.itemCount} articles` : '1 article'}</p>
      </div>
      <div class="order-side">
        <span class="status">{o.statusLabel}</span>
        <span>
          Total : <span class="price">{formatPrice(o.totalCents)}</span>
        </span>
        {o.disputeBadge && <span class="badge">{o.disputeBadge}</span>}
        <a href={o.href} class="btn-secondary">
          Détails de la commande
        </a>
      </div>
    </article>
  );
}
