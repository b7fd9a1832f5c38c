/**
 * `/app/` and `/__sim/` are the same pages as `/app` and `/__sim`: a read
 * with a trailing slash is sent (301, relative, query kept) to the path
 * without it, before any session is looked up.
 */
import type { MiddlewareHandler } from 'hono';

export function trimTrailingSlash(): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || path === '/' || !path.endsWith('/')) return next();
    const query = new URL(c.req.url).search;
    // Leading slashes collapse too: `//elsewhere.example/` must not become a protocol-relative redirect.
    return c.redirect(`/${path.replace(/^\/+|\/+$/g, '')}${query}`, 301);
  };
}
