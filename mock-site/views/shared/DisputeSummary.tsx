/** The dispute at a glance, as a description list so each value has its term. */
import type { DisputePageProps } from '../props';
import { formatDate, formatDateTime, formatPrice } from '../format';

type Props = Pick<
  DisputePageProps,
  'dispute' | 'order' | 'problemLabel' | 'statusLabel' | 'sellerDeadline' | 'itemTitle' | 'refundTypeLabel' | 'mediationDue'
>;

export function DisputeSummary(props: Props) {
  const { dispute, order } = props;
  return (
    <section class="card" aria-labelledby="resume-titre">
      <h2 id="resume-titre">Résumé du litige</h2>
      <dl class="facts">
        <dt>Commande</dt>
        <dd>
          n° {order.id} — {order.store}
        </dd>
        <dt>Ouvert le</dt>
        <dd>
          <time datetime={dispute.openedAt}>{formatDate(dispute.openedAt)}</time>
        </dd>
        {props.itemTitle && (
          <>
            <dt>Article concerné</dt>
            <dd>{props.itemTitle}</dd>
          </>
        )}
        <dt>Motif</dt>
        <dd>{props.problemLabel}</dd>
        <dt>Description</dt>
        <dd class="prewrap">{dispute.reason}</dd>
        <dt>Remboursement demandé</dt>
        <dd class="price">{formatPrice(dispute.requestedRefundCents)}</dd>
        {props.refundTypeLabel && (
          <>
            <dt>Solution demandée</dt>
            <dd>{props.refundTypeLabel}</dd>
          </>
        )}
        <dt>Statut</dt>
        <dd class="status">{props.statusLabel}</dd>
        {props.sellerDeadline && (
          <>
            <dt>Réponse attendue du vendeur avant le</dt>
            <dd>
              <time datetime={props.sellerDeadline}>{formatDateTime(props.sellerDeadline)}</time>
            </dd>
          </>
        )}
        {props.mediationDue && (
          <>
            <dt>Intervention d'AliExpress sans accord le</dt>
            <dd>
              <time datetime={props.mediationDue}>{formatDateTime(props.mediationDue)}</time>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
