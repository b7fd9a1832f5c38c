/**
 * Rendered pages, kept per (session, revision, URL). A shop page is a function
 * of exactly those: the session's state and clock only change through
 * changeState / advanceSessionClock / reset, which bump the revision, so a
 * cached page is never stale. A repeated read then costs a lookup instead of
 * presenting and rendering again (most of a page's CPU time). One cache for
 * every session, bounded in bytes: pages of old revisions or idle sessions age out.
 */
import type { Context } from 'hono';
import { LRUCache } from 'lru-cache';
import type { AppEnv } from './session';

/** A view's result: a JSX element (whose toString renders it) or HTML text. */
type Html = { toString(): string | Promise<string> };

export class PageCache {
  /** Pages as UTF-8 bytes: encoded once, instead of at every write to the socket. */
  private readonly pages: LRUCache<string, Uint8Array<ArrayBuffer>> | undefined;

  constructor(maxMegabytes: number) {
    const maxSize = Math.floor(maxMegabytes * 1024 * 1024);
    this.pages = maxSize > 0 ? new LRUCache({ maxSize, sizeCalculation: (page) => Math.max(1, page.byteLength) }) : undefined;
  }

  get size(): number {
    return this.pages?.size ?? 0;
  }

  /** Answers the page from the cache, or renders it and keeps it. */
  html(c: Context<AppEnv>, render: () => Html): Response {
    if (!this.pages) return c.html(renderNow(render));
    const session = c.get('session');
    const key = `${session.id} ${session.revision} ${c.req.url}`;
    let page = this.pages.get(key);
    if (page === undefined) {
      page = new TextEncoder().encode(renderNow(render));
      this.pages.set(key, page);
    }
    return c.body(page, 200, HTML);
  }
}

const HTML = { 'content-type': 'text/html; charset=UTF-8' };

/** Our views have no async components, so rendering is synchronous; say so loudly if one ever is. */
function renderNow(render: () => Html): string {
  const html = render().toString();
  if (typeof html !== 'string') throw new Error('PageCache: a view rendered asynchronously; views must be synchronous');
  return html;
}
