/** A request's media type alone, lower-cased: `Application/JSON; charset=utf-8` → `application/json`. */
import type { Context } from 'hono';

export function mediaType(c: Context): string {
  return (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}
