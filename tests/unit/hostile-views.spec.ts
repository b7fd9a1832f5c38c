/**
 * Hostile fixture data: every free-text field of every scenario (buyer name,
 * titles, stores, reasons, messages, evidence, answers) carries markup. The
 * loader accepts it, and every page of both surfaces renders it escaped:
 * no tag, no attribute break-out, no script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../../fixtures/test';
import { defaultScenarioDir, parseScenario } from '../../mock-site/scenarios';
import { editionNames, editions } from '../../mock-site/domain/editions/index';
import type { Scenario } from '../../mock-site/domain/schema';
import { SessionStore, type Session } from '../../mock-site/sessions';
import { homeProducts } from '../../mock-site/presenters/catalogue';
import { orderTabs } from '../../mock-site/presenters/labels';
import { disputePageProps, orderDetailsProps, orderListProps, pageContext } from '../../mock-site/presenters/pages';
import { views } from '../../mock-site/views/index';
import type { Surface } from '../../mock-site/views/props';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '"><script>window.__pwned=1</script>';
const FREE_TEXT = new Set(['title', 'description', 'store', 'variant', 'reason', 'text', 'attachments']);

/** Appends the payloads to every free-text string (and the buyer's name); ids, dates and enums stay valid. */
function hostile(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return FREE_TEXT.has(key) ? `${value} ${IMG} ${SCRIPT}` : value;
  if (Array.isArray(value)) return value.map((item) => hostile(item, key));
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, k === 'buyer' ? { ...v, name: `Camille ${IMG}` } : hostile(v, k)]);
    return Object.fromEntries(entries);
  }
  return value;
}

async function render(node: unknown): Promise<string> {
  return String(await (node as { toString(): unknown }).toString());
}

/**
 * What a page shows raw of the hostile text (it must be nothing), read without Playwright's expect: each
 * expect is a reported step, and the pages of every scenario made about 2,000 of them, most of this file's time.
 */
function rawMarkup(html: string): string[] {
  return [/<script/i, /<img src=x/, /onerror="/].filter((raw) => raw.test(html)).map(String);
}

/** Whether the page showed the hostile text at all (escaped). */
function showsEscaped(html: string): boolean {
  return html.includes('&lt;img src=x onerror=');
}

const files = readdirSync(defaultScenarioDir).filter((f) => f.endsWith('.json'));

/** The pages of both surfaces for one session, by name, and which of them show no scenario text by design. */
function pagesOf(session: Session, scenario: Scenario): { pages: [string, unknown][]; silent: Set<string> } {
  const pages: [string, unknown][] = [];
  // The app's home and error pages omit the buyer's name, and so does an app tab with no order in it (the web's header names the buyer).
  const silent = new Set(['app home', 'app error']);
  for (const surface of ['web', 'app'] as Surface[]) {
    const v = surface === 'app' ? views.app : views.web;
    const ctx = pageContext(session, surface);
    pages.push([`${surface} home`, v.home({ ctx, products: homeProducts })]);
    for (const tab of orderTabs) {
      const props = orderListProps(ctx, session, tab.id);
      if (surface === 'app' && props.orders.length === 0) silent.add(`app orders ${tab.id}`);
      pages.push([`${surface} orders ${tab.id}`, v.orderList(props)]);
    }
    for (const order of session.state.orders) {
      pages.push([`${surface} order ${order.id}`, v.orderDetails(orderDetailsProps(ctx, session, order))]);
    }
    for (const dispute of session.state.disputes) {
      const order = session.state.orders.find((o) => o.id === dispute.orderId);
      if (!order) throw new Error(`commande ${dispute.orderId} absente`);
      pages.push([
        `${surface} dispute ${dispute.id}`,
        v.dispute(disputePageProps(ctx, session, dispute, order, editions[session.edition])),
      ]);
    }
    pages.push([`${surface} error`, views.error({ ctx, status: 404, title: 'Page introuvable', message: 'Introuvable.', backHref: '/' })]);
  }
  pages.push(['app account', views.app.account({ ctx: pageContext(session, 'app'), orderCount: 5, disputeCount: 1 })]);
  pages.push([
    '/__sim',
    views.simPanel({
      scenarios: [{ name: scenario.name, title: scenario.title, description: scenario.description }],
      session: { id: session.id, scenario: scenario.name, edition: session.edition, now: scenario.now, csrfToken: session.csrfToken },
      controlApi: true,
      editions: [{ name: '2016', title: '2016' }],
      defaultEdition: '2026',
    }),
  ]);
  return { pages, silent };
}

for (const file of files) {
  test(`${file} with markup in every text: loaded, and every page escapes it`, async () => {
    const raw: unknown = JSON.parse(readFileSync(join(defaultScenarioDir, file), 'utf8'));
    const scenario = parseScenario(JSON.stringify(hostile(raw)), file);
    // Each edition shows its own pages (2016's reopen button, 2026's proposals, item lines, appeal).
    for (const edition of editionNames) {
      const session = new SessionStore({ ttlMs: 60_000, max: 10 }).create(scenario, { edition });
      const { pages, silent } = pagesOf(session, scenario);
      const quiet: string[] = [];
      const unescaped: string[] = [];
      for (const [name, node] of pages) {
        const html = await render(node);
        unescaped.push(...rawMarkup(html).map((raw) => `${edition} ${name} : ${raw}`));
        if (!showsEscaped(html)) quiet.push(name);
      }
      expect(unescaped, `${edition} : balisage non échappé`).toEqual([]);
      expect(quiet, edition).toEqual(pages.map(([name]) => name).filter((name) => silent.has(name)));
    }
  });
}
