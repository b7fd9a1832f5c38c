import type { OrderDetailsProps } from '../props';
import { OrderDates, OrderHeader, OrderItems } from '../shared/OrderFacts';
import { OrderDisputes } from '../shared/OrderDisputes';
import { Layout } from './Layout';
import { paths } from '../../urls';

export function OrderDetails(props: OrderDetailsProps) {
  return (
    <Layout ctx={props.ctx} title="Détails de la commande">
      <p class="breadcrumb">
        <a href={paths.orders('web')}>Retour à la liste des commandes</a>
      </p>
      <h1>Détails de la commande</h1>
      <div class="card">
        <OrderHeader order={props.order} statusLabel={props.statusLabel} />
      </div>
      <div class="two-columns">
        <div>
          <OrderItems order={props.order} totalCents={props.totalCents} />
          <OrderDisputes
            disputes={props.disputes}
            notices={props.notices}
            openDispute={props.openDispute}
            csrfToken={props.ctx.csrfToken}
          />
        </div>
        <OrderDates order={props.order} />
      </div>
    </Layout>
  );
}
