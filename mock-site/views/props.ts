/**
 * The contract between routes and views. Routes compute everything (policy
 * decisions, labels, links); views only lay it out. Dates are ISO strings,
 * money is integer cents (EUR).
 */
import type { Dispute, Order } from '../domain/schema';
import type { RuleId } from '../domain/policy';
import type { TimelineEntry } from '../domain/transitions';

export type Surface = 'web' | 'app';

/** Shared by every page of a session. `base` is '' on the website and '/app' in the app. */
export interface PageContext {
  surface: Surface;
  base: '' | '/app';
  buyerName: string;
  csrfToken: string;
  /** The session's simulated "now", shown in the footer. */
  now: string;
  /** Success message shown once after a POST (role="status"), e.g. « L'opération a été annulée. » */
  flash?: string;
}

export type OrderTab = 'tout' | 'a-payer' | 'a-expedier' | 'expediees' | 'a-evaluer' | 'litiges';

export interface TabLink {
  id: OrderTab;
  label: string;
  count: number;
  href: string;
  current: boolean;
}

export interface OrderSummary {
  id: string;
  /** The first item's title: how a person recognises the order. */
  title: string;
  store: string;
  statusLabel: string;
  placedAt: string;
  totalCents: number;
  itemCount: number;
  href: string;
  /** e.g. « Litige en cours » when a dispute is open on it. */
  disputeBadge?: string;
}

export interface OrderListProps {
  ctx: PageContext;
  tabs: TabLink[];
  orders: OrderSummary[];
}

export interface DisputeLink {
  /** « Litige en cours » for an open dispute; « Litige annulé » / « Litige clos » otherwise. */
  label: string;
  href: string;
  statusLabel: string;
  /** 2026: the order line the dispute covers (an order with several items has a dispute per item). */
  itemTitle?: string;
}

export interface OrderDetailsProps {
  ctx: PageContext;
  order: Order;
  statusLabel: string;
  totalCents: number;
  disputes: DisputeLink[];
  /** Explanations of rules that apply to this order, e.g. a resolved dispute is final. */
  notices: { rule: RuleId; text: string }[];
  /** Present when a new dispute may be opened; `problems` are the choices offered. */
  openDispute?: {
    action: string;
    problems: { code: string; label: string }[];
    maxRefundCents: number;
    /** 2026, several items: the line the dispute will cover. */
    items?: { index: number; title: string }[];
    /** 2026: « Remboursement seulement » or « Retour et remboursement ». */
    refundTypes?: { code: string; label: string }[];
  };
}

export interface DisputePageProps {
  ctx: PageContext;
  order: Order;
  orderHref: string;
  dispute: Dispute;
  problemLabel: string;
  statusLabel: string;
  timeline: TimelineEntry[];
  /** seller.deadline: shown while the seller has not answered. */
  sellerDeadline?: string;
  /** 2026: the order line this dispute covers, and the refund type asked. */
  itemTitle?: string;
  refundTypeLabel?: string;
  /** aliexpress.steps-in (2026): when AliExpress takes over if nothing is agreed. */
  mediationDue?: string;
  /** seller.proposal (2026): what the seller offers instead. */
  proposal?: { refundTypeLabel: string; refundCents: number; refused: boolean };
  /** The heading of the closing section: AliExpress's decision, an agreement, or the automatic refund. */
  resolutionTitle: string;
  /** What the evidence form says it is for (2016: answer a refusal; 2026: support the request). */
  evidenceIntro: string;
  /** Rule explanations shown in the page (accepted: nothing to do; resolved: final; ...). */
  notices: { rule: RuleId; text: string }[];
  /**
   * seller.cancel-request.warning: the simulator's own advice, not AliExpress's page:
   * shown in a separate coach aside (« Conseil du simulateur »), never inside the dispute content.
   */
  cancelWarning?: { text: string; sellerMessage: string };
  /** Form actions; absent means the action is not offered. */
  actions: {
    cancel?: string;
    reopen?: { action: string; until: string };
    evidence?: string;
    message?: string;
    accept?: string;
    refuse?: string;
    appeal?: { action: string; until: string };
  };
}

export interface ErrorPageProps {
  ctx?: PageContext;
  status: number;
  title: string;
  message: string;
  rule?: RuleId;
  backHref: string;
}

export interface HomeProps {
  ctx: PageContext;
  products: { title: string; priceCents: number; hue: number }[];
}

export interface AppAccountProps {
  ctx: PageContext;
  orderCount: number;
  disputeCount: number;
}

export interface SimScenario {
  name: string;
  title: string;
  description: string;
}

export interface SimPanelProps {
  scenarios: SimScenario[];
  session?: { id: string; scenario: string; edition: string; now: string; csrfToken: string };
  /** The editions a session can play, and the one a new session gets by default. */
  editions: { name: string; title: string }[];
  defaultEdition: string;
  controlApi: boolean;
  /** One-time message after moving the clock or resetting. */
  flash?: string;
}
