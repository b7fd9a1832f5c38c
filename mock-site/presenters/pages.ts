/**
 * Builds each page's props from a session: the policy decides what is
 * offered, labels come from labels.ts, and the views only lay it out.
 */
import { problemCodes, problemLabels, type Dispute, type Order } from '../domain/schema';
import {
  RULES,
  cancelRequestWarning,
  decideEvidence,
  decideMessage,
  decideCancel,
  decideOpen,
  decideReopen,
  isFinal,
  reopenWindow,
  sellerDeadline,
  type PolicySettings,
} from '../domain/policy';
import { disputeTimeline } from '../domain/transitions';
import { sessionNow, type Session } from '../sessions';
import type { DisputePageProps, OrderDetailsProps, OrderListProps, OrderSummary, OrderTab, PageContext, Surface } from '../views/props';
import { disputeLinkLabels, disputeStatusLabels, flashFor, orderStatusLabels, orderTabs, orderTitle, orderTotalCents } from './labels';

export function pageContext(session: Session, surface: Surface, info?: string): PageContext {
  return {
    surface,
    base: surface === 'app' ? '/app' : '',
    buyerName: session.state.buyer.name,
    csrfToken: session.csrfToken,
    now: sessionNow(session).toISOString(),
    flash: flashFor(info),
  };
}

export function orderListProps(ctx: PageContext, session: Session, tab: OrderTab): OrderListProps {
  const { orders, disputes } = session.state;
  const inTab = (id: OrderTab) => orders.filter((order) => belongsToTab(order, disputes, id));
  return {
    ctx,
    tabs: orderTabs.map((t) => ({
      id: t.id,
      label: t.label,
      count: inTab(t.id).length,
      href: `${ctx.base}/commandes?onglet=${t.id}`,
      current: t.id === tab,
    })),
    orders: inTab(tab).map((order) => orderSummary(ctx, order, disputes)),
  };
}

export function orderDetailsProps(ctx: PageContext, session: Session, order: Order): OrderDetailsProps {
  const disputes = session.state.disputes.filter((d) => d.orderId === order.id);
  const now = sessionNow(session);
  const openable = problemCodes.filter((problem) => decideOpen(order, disputes, problem, now).allowed);
  const finalOnes = disputes.filter((d) => isFinal(d.status));
  return {
    ctx,
    order,
    statusLabel: orderStatusLabels[order.status],
    totalCents: orderTotalCents(order),
    disputes: disputes.map((d) => ({
      label: disputeLinkLabels[d.status],
      href: `${ctx.base}/litiges/${d.id}`,
      statusLabel: disputeStatusLabels[d.status],
    })),
    notices: finalOnes.map((d) => ({
      rule: RULES.resolvedFinal,
      text: `Le litige « ${problemLabels[d.problem]} » est clos : la décision est définitive et aucun nouveau litige ne peut être ouvert pour ce même problème.`,
    })),
    openDispute:
      openable.length > 0
        ? {
            action: `${ctx.base}/commandes/${order.id}/litiges`,
            problems: openable.map((code) => ({ code, label: problemLabels[code] })),
            maxRefundCents: orderTotalCents(order),
          }
        : undefined,
  };
}

export function disputePageProps(
  ctx: PageContext,
  session: Session,
  dispute: Dispute,
  order: Order,
  settings: PolicySettings,
): DisputePageProps {
  const now = sessionNow(session);
  const base = `${ctx.base}/litiges/${dispute.id}`;
  const warning = cancelRequestWarning(dispute);
  return {
    ctx,
    order,
    orderHref: `${ctx.base}/commandes/${order.id}`,
    dispute,
    problemLabel: problemLabels[dispute.problem],
    statusLabel: disputeStatusLabels[dispute.status],
    timeline: disputeTimeline(dispute),
    sellerDeadline: dispute.status === 'awaiting_seller' ? sellerDeadline(dispute, settings).toISOString() : undefined,
    notices: disputeNotices(dispute, order, now, settings),
    cancelWarning: warning && {
      text: "Le vendeur vous demande d'annuler ce litige contre une promesse. N'annulez pas sur une promesse : une fois le délai passé, vous risquez de rester sans article et sans remboursement. Attendez que le remboursement soit réellement reçu.",
      sellerMessage: warning.text,
    },
    actions: {
      cancel: decideCancel(dispute).allowed ? `${base}/annuler` : undefined,
      reopen: decideReopen(dispute, order, now, settings).allowed
        ? { action: `${base}/rouvrir`, until: reopenWindow(order, settings).endsAt.toISOString() }
        : undefined,
      evidence: decideEvidence(dispute).allowed ? `${base}/preuves` : undefined,
      message: decideMessage(dispute).allowed ? `${base}/messages` : undefined,
    },
  };
}

function disputeNotices(dispute: Dispute, order: Order, now: Date, settings: PolicySettings): DisputePageProps['notices'] {
  switch (dispute.status) {
    case 'seller_accepted':
      return [
        {
          rule: RULES.sellerAccepts,
          text: "Le vendeur a accepté votre demande : le remboursement est en route et vous n'avez rien d'autre à faire.",
        },
      ];
    case 'seller_refused':
      return [
        {
          rule: RULES.sellerRefusesEvidence,
          text: "Le vendeur a refusé votre demande. Avant qu'AliExpress ne tranche entre vous, vous pouvez envoyer des preuves supplémentaires.",
        },
      ];
    case 'in_mediation':
      return [
        {
          rule: RULES.sellerDeadline,
          text: 'AliExpress examine le litige et tranchera entre vous et le vendeur. Vous pouvez encore annuler votre demande.',
        },
      ];
    case 'resolved':
      return [
        {
          rule: RULES.resolvedFinal,
          text: 'Ce litige est résolu. La décision est définitive, même si elle ne vous est pas favorable : il ne peut plus être annulé, et aucun nouveau litige ne peut être ouvert pour le même problème.',
        },
      ];
    case 'cancelled': {
      const reopen = decideReopen(dispute, order, now, settings);
      if (!reopen.allowed) return [{ rule: reopen.rule, text: reopen.message }];
      return [
        {
          rule: RULES.reopenWindow,
          text: `Vous avez annulé ce litige. Il peut être rouvert pendant ${settings.reopenWindowDays} jours après la confirmation de la livraison, ou après la fin de la protection acheteur si la livraison n'a pas été confirmée.`,
        },
      ];
    }
    case 'awaiting_seller':
      return [
        {
          rule: RULES.cancelWhileUnresolved,
          text: 'Le vendeur doit répondre avant la date limite ; vos messages ne la repoussent pas. Sans réponse à temps, AliExpress prend le litige en main.',
        },
      ];
  }
}

function belongsToTab(order: Order, disputes: readonly Dispute[], tab: OrderTab): boolean {
  if (tab === 'tout') return true;
  if (tab === 'litiges') return disputes.some((d) => d.orderId === order.id);
  return orderTabs.find((t) => t.id === tab)?.statuses?.includes(order.status) ?? false;
}

function orderSummary(ctx: PageContext, order: Order, disputes: readonly Dispute[]): OrderSummary {
  const dispute = disputes.findLast((d) => d.orderId === order.id);
  return {
    id: order.id,
    title: orderTitle(order),
    store: order.store,
    statusLabel: orderStatusLabels[order.status],
    placedAt: order.placedAt,
    totalCents: orderTotalCents(order),
    itemCount: order.items.reduce((n, item) => n + item.quantity, 0),
    href: `${ctx.base}/commandes/${order.id}`,
    disputeBadge: dispute && disputeLinkLabels[dispute.status],
  };
}
