/**
 * Where a step's target is drawn, for the placement checks (flows/placement.ts).
 *
 * The element is the one Chromium's accessibility tree gives for the target's
 * role and accessible name (the names a screen reader reads), and its layout
 * is read over the DevTools protocol. Playwright's locator.evaluate or
 * boundingBox would read the same layout, but each first read after a
 * navigation set up Playwright's script in the page's main world again:
 * about 105 ms a placement against 45 ms here, most of the runner's overhead
 * over bare Playwright. The step's action still goes through Playwright's
 * locator, which the runner has already seen visible.
 */
import type { CDPSession, Page } from 'playwright';
import { describeTarget } from './locate';
import type { Target } from './types';

export interface Layout {
  /** The target's box, in CSS pixels from the viewport's top left. */
  box: { x: number; y: number; width: number; height: number };
  /** The left edges of the links of the target's nearest <nav> (role link: a or area with href, or role="link"). */
  tabLefts: number[];
  /** The tops of <main>'s headings (h1–h6 or role="heading"). */
  headingTops: number[];
}

export async function readLayout(page: Page, target: Target): Promise<Layout> {
  const cdp = await sessionOf(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const node = await findNode(cdp, target, root.backendNodeId);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node });
  if (!object.objectId) throw new Error(`${describeTarget(target)} : élément introuvable dans la page.`);
  try {
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: LAYOUT_AROUND_THIS,
      returnByValue: true,
    });
    return result.value as Layout;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId });
  }
}

/** One DevTools session per page, opened at its first placement check; it closes with the page. */
const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

/**
 * The one element for the target under `scope` (a DOM node's backend id), as Playwright's strict
 * getByRole finds it: the role, the whole accessible name, nothing hidden from the accessibility tree.
 */
async function findNode(cdp: CDPSession, target: Target, scope: number): Promise<number> {
  if (target.name instanceof RegExp) {
    throw new Error(`${describeTarget(target)} : une position se vérifie sur un nom exact, pas sur une expression régulière.`);
  }
  const within = target.within ? await findNode(cdp, target.within, scope) : scope;
  const { nodes } = await cdp.send('Accessibility.queryAXTree', {
    backendNodeId: within,
    role: target.role,
    ...(target.name === undefined ? {} : { accessibleName: target.name }),
  });
  // Chromium leaves out what is hidden from the tree (display:none, aria-hidden): tests/web/placement.spec.ts shows it.
  const found = nodes.filter((node) => node.backendDOMNodeId !== undefined);
  const [only] = found;
  if (found.length !== 1 || only?.backendDOMNodeId === undefined) {
    throw new Error(`${describeTarget(target)} : ${found.length} éléments dans l'arbre d'accessibilité, un seul attendu.`);
  }
  return only.backendDOMNodeId;
}

/**
 * Runs in the page with the target as `this`. A string, not a function's source: a compiled
 * TypeScript function may call helpers (esbuild's __name) that do not exist in the page.
 */
const LAYOUT_AROUND_THIS = `function () {
  const { x, y, width, height } = this.getBoundingClientRect();
  const nav = this.closest('nav');
  const tabs = nav ? [...nav.querySelectorAll('a[href], area[href], [role="link"]')] : [];
  const headings = document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6, main [role="heading"]');
  return {
    box: { x, y, width, height },
    tabLefts: tabs.map((tab) => tab.getBoundingClientRect().x),
    headingTops: [...headings].map((heading) => heading.getBoundingClientRect().y),
  };
}`;
