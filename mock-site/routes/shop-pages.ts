/** The shop's pages, for one surface: the website at /, the app at /app. */
import { Hono } from 'hono';
import type { AppEnv } from '../http/session';
import { problems, respondProblem } from '../http/respond';
import { homeProducts } from '../presenters/catalogue';
import { orderTabs } from '../presenters/labels';
import { disputePageProps, orderDetailsProps, orderListProps, pageContext } from '../presenters/pages';
import { views } from '../views/index';
import type { OrderTab, Surface } from '../views/props';
import type { RouteDeps } from './deps';

export function shopPages(surface: Surface, { shop }: RouteDeps): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  const v = surface === 'app' ? views.app : views.web;

  pages.get('/', (c) => c.html(v.home({ ctx: pageContext(c.var.session, surface), products: homeProducts })));

  pages.get('/commandes', (c) => {
    const ctx = pageContext(c.var.session, surface, c.req.query('info'));
    return c.html(v.orderList(orderListProps(ctx, c.var.session, tabFrom(c.req.query('onglet')))));
  });

  pages.get('/commandes/:orderId', (c) => {
    const ctx = pageContext(c.var.session, surface, c.req.query('info'));
    const order = shop.findOrder(c.var.session, c.req.param('orderId'));
    if (!order) return respondProblem(c, problems.notFound('Cette commande'), ctx, `${ctx.base}/commandes`);
    return c.html(v.orderDetails(orderDetailsProps(ctx, c.var.session, order)));
  });

  pages.get('/litiges/:disputeId', (c) => {
    const ctx = pageContext(c.var.session, surface, c.req.query('info'));
    const dispute = shop.findDispute(c.var.session, c.req.param('disputeId'));
    const order = dispute && shop.findOrder(c.var.session, dispute.orderId);
    if (!dispute || !order) return respondProblem(c, problems.notFound('Ce litige'), ctx, `${ctx.base}/commandes`);
    return c.html(v.dispute(disputePageProps(ctx, c.var.session, dispute, order, shop.settings)));
  });

  if (surface === 'app') addAppOnlyPages(pages);
  return pages;
}

function addAppOnlyPages(pages: Hono<AppEnv>): void {
  pages.get('/compte', (c) => {
    const { orders, disputes } = c.var.session.state;
    return c.html(views.app.account({ ctx: pageContext(c.var.session, 'app'), orderCount: orders.length, disputeCount: disputes.length }));
  });
  pages.get('/categories', (c) =>
    c.html(
      views.app.simple({
        ctx: pageContext(c.var.session, 'app'),
        title: 'Catégories',
        text: 'Les catégories ne sont pas simulées : seules les commandes et les litiges le sont.',
      }),
    ),
  );
  pages.get('/panier', (c) =>
    c.html(views.app.simple({ ctx: pageContext(c.var.session, 'app'), title: 'Panier', text: 'Votre panier est vide.' })),
  );
}

function tabFrom(value: string | undefined): OrderTab {
  return orderTabs.find((t) => t.id === value)?.id ?? 'tout';
}
