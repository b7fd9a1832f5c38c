/**
 * A client that pauses between two requests on the same keep-alive
 * connection (a test waiting on a child command) must find it still open.
 * With Node's default of 5 s the server closed it, and a request written at
 * that moment failed with ECONNRESET (mock-site/server.ts, KEEP_ALIVE_MS).
 */
import { Agent, get } from 'node:http';
import type { Socket } from 'node:net';
import { test, expect } from '../../fixtures/test';

/**
 * Node's own keep-alive timeout, which the simulator's must outlast. Node 20
 * closes an idle connection about a second after it (measured: 5.99–6.0 s).
 */
const NODE_DEFAULT_KEEP_ALIVE_MS = 5_000;
const NODE_CLOSES_AFTER_MS = NODE_DEFAULT_KEEP_ALIVE_MS + 1_000;

function fetchOn(agent: Agent, url: string): Promise<{ status: number; socket: Socket }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent }, (response) => {
      response.resume();
      response.once('end', () => resolve({ status: response.statusCode ?? 0, socket: request.socket as Socket }));
    });
    request.once('error', reject);
  });
}

test("an idle keep-alive connection outlasts Node's default and serves the next request", async ({ simulator }) => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const first = await fetchOn(agent, `${simulator.url}/`);
    expect(first.status).toBe(200);
    let closedAfter: number | undefined;
    const idleSince = performance.now();
    first.socket.once('close', () => (closedAfter = performance.now() - idleSince));
    // The pause itself is the test: no shorter wait shows what the server does after its timeout.
    await new Promise((resolve) => setTimeout(resolve, NODE_CLOSES_AFTER_MS + 1_000));
    expect(closedAfter, 'the server closed the idle connection').toBeUndefined();
    const second = await fetchOn(agent, `${simulator.url}/`);
    expect(second.status).toBe(200);
    expect(second.socket).toBe(first.socket);
  } finally {
    agent.destroy();
  }
});
