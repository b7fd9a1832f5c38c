/** What the routes need, built once by createApp. */
import type { AppConfig } from '../../lib/config';
import type { Logger } from '../../lib/logger';
import type { Scenario } from '../domain/schema';
import type { PageCache } from '../http/page-cache';
import type { SessionStore } from '../sessions';
import type { Shop } from '../shop';

export interface RouteDeps {
  config: AppConfig;
  logger: Logger;
  scenarios: ReadonlyMap<string, Scenario>;
  store: SessionStore;
  shop: Shop;
  pageCache: PageCache;
}
