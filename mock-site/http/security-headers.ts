/**
 * Security headers on every response. Hono's secureHeaders middleware chooses
 * them (its defaults plus our CSP), but it sets them on the finished response,
 * which makes @hono/node-server rebuild a full Response for each page (about a
 * fifth of a cached page's cost). So it runs once, at load, on a probe request,
 * and every request then gets the same headers before its response is built.
 */
import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

// The site runs no script at all: a hostile string that slips into a page still cannot execute.
// No HSTS: the simulator speaks plain HTTP, where the header means nothing, and on
// localhost it would wrongly pin every other local site to HTTPS in some browsers.
const policy = secureHeaders({
  strictTransportSecurity: false,
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
  },
});

/** The headers secureHeaders sets, read from a probe request. */
async function probeHeaders(): Promise<[string, string][]> {
  const probe = new Hono().use(policy).get('/', (c) => c.body(null, 204));
  const headers = [...(await probe.request('/')).headers];
  if (!headers.some(([name]) => name === 'content-security-policy')) throw new Error('securityHeaders: the probe got no CSP');
  return headers;
}

export function securityHeaders(): MiddlewareHandler {
  const probed = probeHeaders();
  let headers: [string, string][] | undefined;
  return async (c, next) => {
    headers ??= await probed;
    for (const [name, value] of headers) c.header(name, value);
    await next();
  };
}
