/**
 * The build's pages, each kept for the next job on its surface: a new context
 * and page cost a renderer process (about 60 ms of CPU each here, 20 times a
 * build), while a job starts with a session of its own and a fresh navigation
 * anyway. One page per context, so that jobs at the same time never share a
 * session cookie. A page whose job failed is closed rather than kept.
 */
import type { Page } from 'playwright';
import type { Surface } from '../../harness/surfaces';

export interface PagePool {
  use<T>(surface: Surface, job: (page: Page) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export function pagePool(open: (surface: Surface) => Promise<Page>): PagePool {
  const idle: Record<Surface, Page[]> = { web: [], app: [] };
  const pages = new Set<Page>();
  const take = async (surface: Surface) => {
    const kept = idle[surface].pop();
    if (!kept) return open(surface);
    // The mouse stays where the last job's click left it, and would hover what lies there: outside the viewport, nothing is, as in a new page.
    await kept.mouse.move(-1, -1);
    return kept;
  };
  return {
    async use(surface, job) {
      const page = await take(surface);
      pages.add(page);
      try {
        const result = await job(page);
        idle[surface].push(page);
        return result;
      } catch (error) {
        pages.delete(page);
        await page.context().close();
        throw error;
      }
    },
    async close() {
      await Promise.all([...pages].map((page) => page.context().close()));
    },
  };
}
