/** PageCache alone: a hit renders nothing, a new revision renders again, the bytes stay bounded, 0 turns it off. */
import { Hono } from 'hono';
import { test, expect } from '../../fixtures/test';
import { PageCache } from '../../mock-site/http/page-cache';
import type { AppEnv } from '../../mock-site/http/session';
import type { Session } from '../../mock-site/sessions';

const PAGE = 'é'.repeat(1500); // 3,000 bytes in UTF-8

function appWith(cache: PageCache) {
  const session = { id: 's1', revision: 0 } as Session;
  let renders = 0;
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('session', session);
    await next();
  });
  app.get('/p/:n', (c) =>
    cache.html(c, () => {
      renders += 1;
      return PAGE;
    }),
  );
  const read = async (path: string) => {
    const res = await app.request(path);
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(await res.text()).toBe(PAGE);
  };
  return { read, renders: () => renders, bump: () => ((session as { revision: number }).revision += 1) };
}

test('a repeated read is served from the cache; a new revision renders again', async () => {
  const { read, renders, bump } = appWith(new PageCache(1));
  await read('/p/1');
  await read('/p/1');
  expect(renders()).toBe(1);
  await read('/p/1?info=annule');
  expect(renders()).toBe(2);
  bump();
  await read('/p/1');
  expect(renders()).toBe(3);
});

test('the cache keeps to its size in bytes', async () => {
  const cache = new PageCache(10_000 / (1024 * 1024)); // room for three 3,000-byte pages
  const { read, renders } = appWith(cache);
  for (let n = 0; n < 10; n++) await read(`/p/${n}`);
  expect(cache.size).toBe(3);
  await read('/p/9'); // the most recent is still there
  expect(renders()).toBe(10);
  await read('/p/0'); // the oldest is gone
  expect(renders()).toBe(11);
});

test('PAGE_CACHE_MB=0 renders every read and keeps nothing', async () => {
  const cache = new PageCache(0);
  const { read, renders } = appWith(cache);
  await read('/p/1');
  await read('/p/1');
  expect(renders()).toBe(2);
  expect(cache.size).toBe(0);
});
