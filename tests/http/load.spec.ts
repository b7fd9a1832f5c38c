/**
 * The load run, smaller: 50 sessions at once, each ending in exactly the
 * state its own requests imply, no error, the simulator still up, and the
 * store bounded by its cap and its TTL. Then proof that the per-session check
 * does catch cross-talk: behind a proxy that sends every request on one
 * session, every session fails it.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '../../fixtures/test';
import { runLoad } from '../../dev/load/run';

test('50 concurrent sessions: no error, each state is its own, memory bounded', async () => {
  const report = await runLoad({ sessions: 50, maxSeconds: 30, cap: 20 });
  expect(report.errorSamples).toEqual([]);
  expect(report).toMatchObject({ ok: true, errors: 0, sessions: 50, serverUp: true, storeSize: 50, failures: [] });
  // 11 to 13 requests per session, all counted.
  expect(report.requests).toBeGreaterThanOrEqual(50 * 11);
  expect(report.requests).toBeLessThanOrEqual(50 * 13);
  expect(report.latencyMs.p50).toBeGreaterThan(0);
  expect(report.latencyMs.p99).toBeGreaterThanOrEqual(report.latencyMs.p50);
  expect(report.memory.peakRssMb).toBeGreaterThan(0);
  expect(report.bounds).toEqual({
    cap: 20,
    createdOverCap: 50,
    storeSizeAtCap: 20,
    oldestEvicted: true,
    newestAlive: true,
    ttlMs: 300,
    storeSizeAfterTtl: 1,
    expiredRefused: true,
  });
});

/** Forwards every request to `target` with the same session cookie: a server that mixes sessions up. */
async function oneSessionProxy(target: string, cookie: string): Promise<Server> {
  const upstream = new URL(target);
  const proxy = createServer((req, res) => {
    const up = httpRequest(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, cookie } },
      (upRes) => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
      },
    );
    req.pipe(up);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return proxy;
}

test('cross-talk is caught: behind a proxy that shares one session, every session fails its check', async ({ api, simulator }) => {
  const { sessionId } = await api.start('litige-en-attente');
  const proxy = await oneSessionProxy(simulator.url, `sim_session=${sessionId}`);
  try {
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const report = await runLoad({ url, sessions: 5, maxSeconds: 10, cap: 5 });
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(5);
    for (const sample of report.errorSamples) expect(sample).toMatch(/état initial : état d'une autre session/);
    expect(report.bounds).toBeUndefined();
  } finally {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
  }
});

test('--url must be this machine', async () => {
  await expect(runLoad({ url: 'http://192.0.2.10:4173', sessions: 1, maxSeconds: 1, cap: 1 })).rejects.toThrow(
    /--url doit viser cette machine .* pas 192\.0\.2\.10/,
  );
});
