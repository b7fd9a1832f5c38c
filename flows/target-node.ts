/**
 * A step's target, found over the DevTools protocol: the one element
 * Chromium's accessibility tree gives for the target's role and accessible
 * name (the names a screen reader reads), within its container.
 *
 * For reading or marking an element that the runner has already seen
 * visible through Playwright's locator. A locator's evaluate, boundingBox or
 * scrollIntoViewIfNeeded would do the same, but each first one after a
 * navigation set up Playwright's script in the page's main world again
 * (about 100 ms a call here, and 230–600 ms a step for the guide's pictures),
 * most of what the runner's placement checks and the picture frames cost.
 * The actions themselves still go through Playwright's locators.
 */
import type { CDPSession, Page } from 'playwright';
import { describeTarget } from './locate';
import type { Target } from './types';

export interface TargetNode {
  cdp: CDPSession;
  /** The element's DOM backend id, for DOM.* commands. */
  backendNodeId: number;
}

export async function findTargetNode(page: Page, target: Target): Promise<TargetNode> {
  const cdp = await sessionOf(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  return { cdp, backendNodeId: await findNode(cdp, target, root.backendNodeId) };
}

/** Calls `functionDeclaration` (a function's source; `this` is the element) with `args`, and returns its result by value. */
export async function callOnNode<T>(node: TargetNode, functionDeclaration: string, args: unknown[] = []): Promise<T> {
  const { object } = await node.cdp.send('DOM.resolveNode', { backendNodeId: node.backendNodeId });
  if (!object.objectId) throw new Error('Élément introuvable dans la page.');
  const objectId = object.objectId;
  try {
    const { result, exceptionDetails } = await node.cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`Erreur dans la page : ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    // Released without waiting for the answer: nothing depends on it, and a round trip less on every check.
    // A page that navigated or closed meanwhile has dropped the object already, hence the ignored error.
    node.cdp.send('Runtime.releaseObject', { objectId }).catch(() => undefined);
  }
}

/** One DevTools session per page, opened at its first use; it closes with the page. */
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
 * getByRole finds it: the role, the whole accessible name (or one the expression matches), nothing
 * hidden from the accessibility tree. Chromium leaves out what is hidden (display:none,
 * aria-hidden): tests/web/placement.spec.ts shows it.
 *
 * A target inside a container is first looked for in the whole scope: the caller has seen it
 * visible inside its container through Playwright's locator, so when the scope holds one element of
 * that role and name, it is that one. Only a document holding several looks the container up first.
 * Why: the first query on a document answers at once (4–5 ms here), each later one waits for the
 * next frame (about 16 ms), and the app's tab bar needed two.
 */
async function findNode(cdp: CDPSession, target: Target, scope: number): Promise<number> {
  if (target.within) {
    const anywhere = await candidates(cdp, target, scope);
    if (anywhere.length === 1 && anywhere[0] !== undefined) return anywhere[0];
  }
  const within = target.within ? await findNode(cdp, target.within, scope) : scope;
  const found = await candidates(cdp, target, within);
  const [only] = found;
  if (found.length !== 1 || only === undefined) {
    throw new Error(`${describeTarget(target)} : ${found.length} éléments dans l'arbre d'accessibilité, un seul attendu.`);
  }
  return only;
}

/** The backend ids of the elements under `scope` with the target's role and accessible name. */
async function candidates(cdp: CDPSession, target: Target, scope: number): Promise<number[]> {
  const exact = typeof target.name === 'string' ? { accessibleName: target.name } : {};
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { backendNodeId: scope, role: target.role, ...exact });
  const pattern = target.name instanceof RegExp ? target.name : undefined;
  return nodes.flatMap((node) =>
    node.backendDOMNodeId !== undefined && (!pattern || pattern.test(String(node.name?.value ?? ''))) ? [node.backendDOMNodeId] : [],
  );
}
