/** Where a step's target is drawn, for the placement checks (flows/placement.ts), read in one call on its element. */
import type { Page } from 'playwright';
import { callOnNode, findTargetNode } from './target-node';
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
  return callOnNode<Layout>(await findTargetNode(page, target), LAYOUT_AROUND_THIS);
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
