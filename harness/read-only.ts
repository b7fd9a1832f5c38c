/**
 * A safe run's second lock. The runner stops before the first irreversible
 * step; on top of that, a read-only context lets only GET and HEAD through to
 * the network, so a step wrongly left unmarked is refused by the browser
 * instead of cancelling a real dispute. The refused request is reported.
 */
import type { BrowserContext } from 'playwright';

const READS = new Set(['GET', 'HEAD']);

export async function refuseWrites(context: BrowserContext, onRefused: (method: string, url: string) => void): Promise<void> {
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (READS.has(request.method())) return route.fallback();
    onRefused(request.method(), request.url());
    return route.abort('blockedbyclient');
  });
}
