import type { OrderDetailsProps } from '../props';
import { OrderDates, OrderHeader, OrderItems } from '../shared/OrderFacts';
import { OrderDisputes } from '../shared/OrderDisputes';
import { AppLayout } from './AppLayout';
import { paths } from '../../urls';

export function OrderDetails(props: OrderDetailsProps) {
  return (
    <AppLayout ctx={props.ctx} title="Détails de la commande" backHref={paths.orders('app')} tab="compte">
      <div class="card">
        <OrderHeader order={props.order} statusLabel={props.statusLabel} />
      </div>
      <OrderItems order={props.order} totalCents={props.totalCents} />
      <OrderDisputes disputes={props.disputes} notices={props.notices} openDispute={props.openDispute} csrfToken={props.ctx.csrfToken} />
      <OrderDates order={props.order} />
    </AppLayout>
  );
}
