/**
 * Test hook (LABEL_OVERRIDES): rewrites interface labels in every HTML page,
 * so the guide check's self-test can show a site whose labels drifted from the
 * guide without editing the views. Only whole text nodes equal to a label are
 * replaced, so the same words inside a sentence are left alone.
 */
import type { MiddlewareHandler } from 'hono';
import { escapeHtml } from '../../lib/html';

export function overrideLabels(overrides: Readonly<Record<string, string>>): MiddlewareHandler {
  const rules = Object.entries(overrides).map(([from, to]) => ({
    pattern: new RegExp(`>(\\s*)${escapeRegExp(escapeHtml(from))}(\\s*)<`, 'g'),
    to: escapeHtml(to),
  }));
  return async (c, next) => {
    await next();
    if (!c.res.headers.get('content-type')?.includes('text/html')) return;
    let html = await c.res.text();
    for (const { pattern, to } of rules) html = html.replace(pattern, `>$1${to}$2<`);
    c.res = new Response(html, { status: c.res.status, headers: c.res.headers });
  };
}


function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
