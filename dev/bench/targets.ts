/**
 * The servers under load and what is asked of them: the simulator in a child
 * process with N live sessions, and the same two reads (an order's details,
 * its dispute) as each server spells them.
 */
import type { ChildProcess } from 'node:child_process';
import { startTsChild, stopChild, waitForMessage } from './children';
import { cpuMs } from './cpu';
import { measureThroughput, type ThroughputOptions, type LoadRequest, type ThroughputResult } from './load';
import { BENCH_SCENARIO, benchIds } from './bench-scenario';
import type { SimReady } from './sim-child';

export type Page = 'order' | 'dispute';
export type ServerKind = 'sim' | 'json-server' | 'bare' | 'hono';
export const pageNames: Record<Page, string> = { order: 'détails de la commande', dispute: 'page du litige' };

export interface RunningChild {
  child: ChildProcess;
  url: string;
  stop: () => Promise<void>;
}

export function pagePath(server: ServerKind, page: Page): string {
  const { orderId, disputeId } = benchIds();
  if (server === 'json-server') return page === 'order' ? `/orders/${orderId}` : `/disputes/${disputeId}`;
  return page === 'order' ? `/commandes/${orderId}` : `/litiges/${disputeId}`;
}

/** One request per session, each with its own cookie (json-server and the floor ignore it, but pay for reading it). */
export function requestsFor(server: ServerKind, page: Page, cookies: readonly string[]): LoadRequest[] {
  const path = pagePath(server, page);
  return cookies.map((cookie) => ({ path, cookie }));
}

async function startChildServer(file: string, args: string[], nodeFlags: string[] = []): Promise<RunningChild> {
  const child = startTsChild(file, args, nodeFlags);
  try {
    const { url } = await waitForMessage<SimReady>(child, 'ready', 30_000);
    return { child, url, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** --expose-gc so memory is read after a full collection. */
export const startSimChild = () => startChildServer('dev/bench/sim-child.ts', [], ['--expose-gc']);
export const startJsonServerChild = () => startChildServer('dev/bench/peer-child.ts', ['json-server']);
export const startFloorChild = (kind: 'bare' | 'hono', orderBytes: number, disputeBytes: number) =>
  startChildServer('dev/bench/peer-child.ts', [kind, String(orderBytes), String(disputeBytes)]);

/** Creates `count` sessions through the control API, a few at a time; returns their cookies. */
export async function createSessions(url: string, count: number, parallel = 8): Promise<string[]> {
  const cookies: string[] = [];
  const createOne = async () => {
    const response = await fetch(`${url}/__sim/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ scenario: BENCH_SCENARIO }),
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
    if (response.status !== 201 || !cookie) throw new Error(`POST /__sim/sessions → ${response.status}, cookie ${cookie ?? 'aucun'}`);
    cookies.push(cookie);
  };
  for (let i = 0; i < count; i += parallel) {
    await Promise.all(Array.from({ length: Math.min(parallel, count - i) }, createOne));
  }
  return cookies;
}

/** Size in bytes of one page (the floor answers pages of the same size). */
export async function pageBytes(url: string, path: string, cookie?: string): Promise<number> {
  const response = await fetch(`${url}${path}`, { headers: cookie ? { cookie } : {}, signal: AbortSignal.timeout(10_000) });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${path} → ${response.status}`);
  return body.byteLength;
}

export interface Measured extends ThroughputResult {
  /** Responses per CPU-second of the server: its throughput with one core to itself. */
  perCpuSecond: number;
  /** The share of one core the server got during the run (1 = a core to itself). */
  cpuShare: number;
}

/** A load run, with the server's CPU time around it. */
export async function measure(server: RunningChild, requests: readonly LoadRequest[], options: ThroughputOptions): Promise<Measured> {
  const before = await cpuMs(server.child);
  const result = await measureThroughput(server.url, requests, options);
  const cpuSeconds = ((await cpuMs(server.child)) - before) / 1000;
  return { ...result, perCpuSecond: result.responses / cpuSeconds, cpuShare: cpuSeconds / options.seconds };
}
