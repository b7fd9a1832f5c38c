/**
 * The simulator's addresses, written once: the surfaces and their base path,
 * the shop's pages and the URL segment of each action. The routes, the
 * presenters, the fault matcher and every client (flows, harness, tests, load)
 * build paths from here, so a renamed segment is one edit.
 */
export const SURFACES = ['web', 'app'] as const;
export type Surface = (typeof SURFACES)[number];

/** The app lives under /app; the website at the root. */
export const APP_BASE = '/app';
export type BasePath = '' | typeof APP_BASE;

export function basePath(surface: Surface): BasePath {
  return surface === 'app' ? APP_BASE : '';
}

/** Which surface a request path belongs to: `/app` itself and everything under `/app/`, not `/application`. */
export function surfaceOf(path: string): Surface {
  return path === APP_BASE || path.startsWith(`${APP_BASE}/`) ? 'app' : 'web';
}

/** The French URL segment of each action on a dispute (`POST /litiges/:id/<segment>`). */
export const DISPUTE_ACTIONS = {
  cancel: 'annuler',
  reopen: 'rouvrir',
  evidence: 'preuves',
  message: 'messages',
  accept: 'accepter',
  refuse: 'refuser',
  appeal: 'appel',
} as const;
export type DisputeAction = keyof typeof DISPUTE_ACTIONS;
export type DisputeActionSegment = (typeof DISPUTE_ACTIONS)[DisputeAction];

/** Opening a dispute on an order (`POST /commandes/:id/litiges`); its fault name is `ouvrir`. */
export const OPEN_DISPUTE_SEGMENT = 'litiges';
export const OPEN_DISPUTE_FAULT = 'ouvrir';

export const SEGMENTS = { orders: 'commandes', disputes: 'litiges', control: '__sim' } as const;

/** Paths under a surface's base; ids are inserted as they are (they come from the session's own state). */
export const paths = {
  home: (surface: Surface) => basePath(surface) || '/',
  orders: (surface: Surface) => `${basePath(surface)}/${SEGMENTS.orders}`,
  order: (surface: Surface, orderId: string) => `${basePath(surface)}/${SEGMENTS.orders}/${orderId}`,
  openDispute: (surface: Surface, orderId: string) => `${basePath(surface)}/${SEGMENTS.orders}/${orderId}/${OPEN_DISPUTE_SEGMENT}`,
  dispute: (surface: Surface, disputeId: string) => `${basePath(surface)}/${SEGMENTS.disputes}/${disputeId}`,
  disputeAction: (surface: Surface, disputeId: string, action: DisputeAction) =>
    `${basePath(surface)}/${SEGMENTS.disputes}/${disputeId}/${DISPUTE_ACTIONS[action]}`,
} as const;
