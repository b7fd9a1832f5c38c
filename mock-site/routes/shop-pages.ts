/** The shop's pages, for one surface: the website at /, the app at /app. */
import { Hono, type Context } from 'hono';
import type { PageCache } from '../http/page-cache';
import type { AppEnv } from '../http/session';
import { problems, respondProblem } from '../http/respond';
import { homeProducts } from '../presenters/catalogue';
import { orderTabs } from '../presenters/labels';
import { disputePageProps, orderDetailsProps, orderListProps, pageContext } from '../presenters/pages';
import { views } from '../views/index';
import type { OrderTab, Surface } from '../views/props';
import type { RouteDeps } from './deps';
import { SEGMENTS } from '../urls';

export function shopPages(surface: Surface, { shop, pageCache }: RouteDeps): Hono<AppEnv> {
  const pages = new Hono<AppEnv>();
  const v = surface === 'app' ? views.app : views.web;

  // Every page goes through the cache. Lookups stay outside it, so a 404 is never cached;
  // c.get, not c.var: c.var builds an object of every variable on each access.
  pages.get('/', (c) => pageCache.html(c, () => v.home({ ctx: pageContext(c.get('session'), surface), products: homeProducts })));

  pages.get(`/${SEGMENTS.orders}`, (c) =>
    pageCache.html(c, () => {
      const session = c.get('session');
      const ctx = pageContext(session, surface, c.req.query('info'));
      return v.orderList(orderListProps(ctx, session, tabFrom(c.req.query('onglet'))));
    }),
  );

  pages.get(`/${SEGMENTS.orders}/:orderId`, (c) => {
    const session = c.get('session');
    const order = shop.findOrder(session, c.req.param('orderId'));
    if (!order) return notFound(c, 'Cette commande', surface);
    return pageCache.html(c, () => v.orderDetails(orderDetailsProps(pageContext(session, surface, c.req.query('info')), session, order)));
  });

  pages.get(`/${SEGMENTS.disputes}/:disputeId`, (c) => {
    const session = c.get('session');
    const dispute = shop.findDispute(session, c.req.param('disputeId'));
    const order = dispute && shop.findOrder(session, dispute.orderId);
    if (!dispute || !order) return notFound(c, 'Ce litige', surface);
    return pageCache.html(c, () =>
      v.dispute(disputePageProps(pageContext(session, surface, c.req.query('info')), session, dispute, order, shop.editionOf(session))),
    );
  });

  if (surface === 'app') addAppOnlyPages(pages, pageCache);
  return pages;
}

function notFound(c: Context<AppEnv>, what: string, surface: Surface) {
  const ctx = pageContext(c.get('session'), surface, c.req.query('info'));
  return respondProblem(c, problems.notFound(what), ctx, `${ctx.base}/commandes`);
}

function addAppOnlyPages(pages: Hono<AppEnv>, pageCache: PageCache): void {
  pages.get('/compte', (c) =>
    pageCache.html(c, () => {
      const session = c.get('session');
      const { orders, disputes } = session.state;
      return views.app.account({ ctx: pageContext(session, 'app'), orderCount: orders.length, disputeCount: disputes.length });
    }),
  );
  pages.get('/categories', (c) =>
    pageCache.html(c, () =>
      views.app.simple({
        ctx: pageContext(c.get('session'), 'app'),
        title: 'Catégories',
        text: 'Les catégories ne sont pas simulées : seules les commandes et les litiges le sont.',
      }),
    ),
  );
  pages.get('/panier', (c) =>
    pageCache.html(c, () =>
      views.app.simple({ ctx: pageContext(c.get('session'), 'app'), title: 'Panier', text: 'Votre panier est vide.' }),
    ),
  );
}

function tabFrom(value: string | undefined): OrderTab {
  return orderTabs.find((t) => t.id === value)?.id ?? 'tout';
}
