/**
 * The views, by surface. Each takes its props (see props.ts) and returns the
 * page's HTML (a JSX element, accepted by c.html()). Components are plain
 * functions without hooks, so calling them directly is rendering them.
 */
import { Account } from './app/Account';
import { DisputePage as AppDisputePage } from './app/DisputePage';
import { Home as AppHome } from './app/Home';
import { OrderDetails as AppOrderDetails } from './app/OrderDetails';
import { OrderList as AppOrderList } from './app/OrderList';
import { SimplePage, type SimplePageProps } from './app/SimplePage';
import type {
  AppAccountProps,
  DisputePageProps,
  ErrorPageProps,
  HomeProps,
  OrderDetailsProps,
  OrderListProps,
  SimPanelProps,
} from './props';
import { ErrorPage } from './shared/ErrorPage';
import { SimPanel } from './shared/SimPanel';
import { SimStart, type SimStartProps } from './shared/SimStart';
import { DisputePage as WebDisputePage } from './web/DisputePage';
import { Home as WebHome } from './web/Home';
import { OrderDetails as WebOrderDetails } from './web/OrderDetails';
import { OrderList as WebOrderList } from './web/OrderList';

export type { SimplePageProps } from './app/SimplePage';

export const views = {
  web: {
    home: (props: HomeProps) => WebHome(props),
    orderList: (props: OrderListProps) => WebOrderList(props),
    orderDetails: (props: OrderDetailsProps) => WebOrderDetails(props),
    dispute: (props: DisputePageProps) => WebDisputePage(props),
  },
  app: {
    home: (props: HomeProps) => AppHome(props),
    account: (props: AppAccountProps) => Account(props),
    orderList: (props: OrderListProps) => AppOrderList(props),
    orderDetails: (props: OrderDetailsProps) => AppOrderDetails(props),
    dispute: (props: DisputePageProps) => AppDisputePage(props),
    simple: (props: SimplePageProps) => SimplePage(props),
  },
  error: (props: ErrorPageProps) => ErrorPage(props),
  simPanel: (props: SimPanelProps) => SimPanel(props),
  simStart: (props: SimStartProps) => SimStart(props),
};
