/** An order's header facts, items and dates: the same data on both surfaces. */
import type { Order } from '../../domain/schema';
import { formatDate, formatPrice } from '../format';

export function OrderHeader(props: { order: Order; statusLabel: string }) {
  return (
    <dl class="facts">
      <dt>Numéro de commande</dt>
      <dd>{props.order.id}</dd>
      <dt>Boutique</dt>
      <dd>{props.order.store}</dd>
      <dt>Statut</dt>
      <dd class="status">{props.statusLabel}</dd>
    </dl>
  );
}

export function OrderItems(props: { order: Order; totalCents: number }) {
  const { order } = props;
  return (
    <section class="card" aria-labelledby="articles-titre">
      <h2 id="articles-titre">Articles</h2>
      <ul class="items">
        {order.items.map((item) => (
          <li>
            <span class="item-title">{item.title}</span>
            {item.variant && <span class="muted">Variante : {item.variant} · </span>}
            <span class="muted">Quantité : {item.quantity} · </span>
            <span>Prix unitaire : {formatPrice(item.unitPriceCents)}</span>
          </li>
        ))}
      </ul>
      <dl class="facts">
        <dt>Livraison</dt>
        <dd>{order.shippingCents === 0 ? 'Gratuite' : formatPrice(order.shippingCents)}</dd>
        <dt>Total</dt>
        <dd class="price">{formatPrice(props.totalCents)}</dd>
      </dl>
    </section>
  );
}

/** The dates matter for the rules (protection, reopening window), so each is labelled. */
export function OrderDates(props: { order: Order }) {
  const { order } = props;
  return (
    <section class="card" aria-labelledby="dates-titre">
      <h2 id="dates-titre">Dates</h2>
      <dl class="facts">
        <DateRow term="Commande passée le" iso={order.placedAt} />
        <DateRow term="Payée le" iso={order.paidAt} />
        <DateRow term="Expédiée le" iso={order.shippedAt} />
        {order.deliveryConfirmedAt ? (
          <DateRow term="Livraison confirmée le" iso={order.deliveryConfirmedAt} />
        ) : (
          <>
            <dt>Livraison</dt>
            <dd>Pas encore confirmée</dd>
          </>
        )}
        <DateRow term="Fin de la protection acheteur" iso={order.protectionEndsAt} />
      </dl>
    </section>
  );
}

function DateRow(props: { term: string; iso?: string }) {
  if (!props.iso) return null;
  return (
    <>
      <dt>{props.term}</dt>
      <dd>
        <time datetime={props.iso}>{formatDate(props.iso)}</time>
      </dd>
    </>
  );
}
