/**
 * Refuses state-changing requests that the browser marks as cross-origin:
 * `Sec-Fetch-Site` saying `cross-site` or `same-site` (a page on another port
 * is same-site) or, from a browser that sends no fetch metadata, an `Origin`
 * that is not this server's (another site, another port, or `null`). Forms and
 * JSON alike: the token and the media type are the second line, not the only one.
 * Programs (curl, Playwright's request context) send neither header and pass.
 */
import type { MiddlewareHandler } from 'hono';
import { problems, respondProblem } from './respond';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none']);

export function refuseCrossOrigin(): MiddlewareHandler {
  return async (c, next) => {
    if (READS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    // Sec-Fetch-Site first: with `Referrer-Policy: no-referrer`, Chromium sends `Origin: null` even on our own forms.
    const foreign = site !== undefined ? !ALLOWED_FETCH_SITES.has(site) : origin !== undefined && origin !== new URL(c.req.url).origin;
    if (foreign) return respondProblem(c, problems.crossOrigin());
    await next();
  };
}
