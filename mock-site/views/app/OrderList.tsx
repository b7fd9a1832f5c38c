/** The app's order list: each card is one link, its name starting with the order's title. */
import type { OrderListProps, OrderSummary } from '../props';
import { formatDate, formatPrice } from '../format';
import { OrderTabs } from '../shared/Catalogue';
import { AppLayout } from './AppLayout';

export function OrderList(props: OrderListProps) {
  return (
    <AppLayout ctx={props.ctx} title="Commandes" backHref="/app/compte" tab="compte">
      <OrderTabs tabs={props.tabs} />
      {props.orders.length === 0 ? (
        <p class="card">Aucune commande dans cet onglet.</p>
      ) : (
        <ul class="order-list">
          {props.orders.map((o) => (
            <li>
              <OrderLink order={o} />
            </li>
          ))}
        </ul>
      )}
    </AppLayout>
  );
}

/** The spaces between the spans keep words apart in the link's accessible name. */
function OrderLink(props: { order: OrderSummary }) {
  const o = props.order;
  return (
    <a href={o.href} class="card order-link">
      <span class="order-title">{o.title}</span> <span class="order-store">{o.store}</span> <span class="status">{o.statusLabel}</span>{' '}
      <span>
        Total : <span class="price">{formatPrice(o.totalCents)}</span>
      </span>{' '}
      <span class="order-date">
        Commandé le <time datetime={o.placedAt}>{formatDate(o.placedAt)}</time>
      </span>
      {o.disputeBadge && (
        <>
          {' '}
          <span class="badge">{o.disputeBadge}</span>
        </>
      )}
    </a>
  );
}
