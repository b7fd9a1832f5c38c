/**
 * Builds each page's props from a session: the policy decides what is
 * offered, labels come from labels.ts, and the views only lay it out.
 */
import { problemCodes, problemLabels, type Dispute, type Order } from '../domain/schema';
import { RULES, decideOpen, isFinal } from '../domain/policy';
import { editions, type Edition } from '../domain/editions/index';
import { refundTypes } from '../domain/schema';
import { sessionNow, type Session } from '../sessions';
import type { OrderDetailsProps, OrderListProps, OrderSummary, OrderTab, PageContext, Surface } from '../views/props';
import {
  disputeLinkLabels,
  disputeStatusLabels,
  flashFor,
  orderStatusLabels,
  orderTabs,
  orderTitle,
  orderTotalCents,
  refundTypeLabels,
} from './labels';
import { basePath, paths } from '../urls';

export { disputePageProps } from './dispute-page';

export function pageContext(session: Session, surface: Surface, info?: string): PageContext {
  return {
    surface,
    base: basePath(surface),
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
      href: `${paths.orders(ctx.surface)}?onglet=${t.id}`,
      current: t.id === tab,
    })),
    orders: inTab(tab).map((order) => orderSummary(ctx, order, disputes)),
  };
}

export function orderDetailsProps(ctx: PageContext, session: Session, order: Order): OrderDetailsProps {
  const disputes = session.state.disputes.filter((d) => d.orderId === order.id);
  const now = sessionNow(session);
  const edition = editions[session.edition];
  const perItem = edition.behaviours.disputeScope === 'item';
  const lines = perItem ? order.items.map((_, index) => index) : [0];
  const openableLines = lines.filter((item) => problemCodes.some((p) => decideOpen(order, disputes, p, now, edition, item).allowed));
  const openable = problemCodes.filter((p) => openableLines.some((item) => decideOpen(order, disputes, p, now, edition, item).allowed));
  const finalOnes = disputes.filter((d) => isFinal(d.status));
  return {
    ctx,
    order,
    statusLabel: orderStatusLabels[order.status],
    totalCents: orderTotalCents(order),
    disputes: disputes.map((d) => ({
      label: disputeLinkLabels[d.status],
      href: paths.dispute(ctx.surface, d.id),
      statusLabel: disputeStatusLabels[d.status],
      itemTitle: perItem ? order.items[d.item ?? 0]?.title : undefined,
    })),
    notices: finalOnes.map((d) => ({
      rule: RULES.resolvedFinal,
      text: `Le litige « ${problemLabels[d.problem]} » est clos : la décision est définitive et aucun nouveau litige ne peut être ouvert pour ce même problème.`,
    })),
    openDispute:
      openable.length > 0
        ? {
            action: paths.openDispute(ctx.surface, order.id),
            problems: openable.map((code) => ({ code, label: problemLabels[code] })),
            maxRefundCents: orderTotalCents(order),
            ...openOptions(order, edition, openableLines),
          }
        : undefined,
  };
}

/** 2026: the item lines still open to a dispute (several items only), and the refund types. */
function openOptions(
  order: Order,
  edition: Edition,
  lines: number[],
): Pick<NonNullable<OrderDetailsProps['openDispute']>, 'items' | 'refundTypes'> {
  return {
    items:
      order.items.length > 1 && edition.behaviours.disputeScope === 'item'
        ? lines.map((index) => ({ index, title: order.items[index]?.title ?? '' }))
        : undefined,
    refundTypes: edition.behaviours.refundType ? refundTypes.map((code) => ({ code, label: refundTypeLabels[code] })) : undefined,
  };
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
    href: paths.order(ctx.surface, order.id),
    disputeBadge: dispute && disputeLinkLabels[dispute.status],
  };
}
