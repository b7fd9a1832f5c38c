/**
 * One load session's HTTP client: its own cookie jar (the session cookie),
 * every request timed, and a shared budget and deadline so a run can never
 * send more than it announced nor outlive its time cap. node:http with a
 * keep-alive agent, not fetch: under 200 concurrent sessions Node 20's fetch
 * spent more time in the client than the simulator did serving (2.6× slower).
 */
import { Agent, request as httpRequest } from 'node:http';

/** Shared by every session of a run. */
export interface Run {
  base: string;
  /** Keep-alive connections, as many as there are sessions in flight. */
  agent: Agent;
  /** Requests still allowed; a session that would go past it fails instead. */
  budget: { remaining: number };
  /** performance.now() past which no request may run: the wall-time cap. */
  deadline: number;
  latenciesMs: number[];
}

export interface Reply {
  status: number;
  location: string | null;
  text: string;
}

export interface RequestOptions {
  json?: unknown;
  form?: Record<string, string>;
  /** Ask as a browser does (Accept: text/html): pages, and French error pages. */
  html?: boolean;
}

export class LoadClient {
  private cookie = '';

  constructor(private readonly run: Run) {}

  get sessionCookie(): string {
    return this.cookie;
  }

  async request(method: 'GET' | 'POST', path: string, options: RequestOptions = {}): Promise<Reply> {
    if (this.run.budget.remaining <= 0) throw new Error('budget de requêtes épuisé');
    this.run.budget.remaining -= 1;
    const headers: Record<string, string> = { accept: options.html ? 'text/html' : 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    let body: string | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    }
    const started = performance.now();
    const left = this.run.deadline - started;
    if (left <= 0) throw new Error('temps maximal dépassé');
    const reply = await send(new URL(path, this.run.base), { method, headers, agent: this.run.agent, timeout: Math.ceil(left) }, body);
    this.run.latenciesMs.push(performance.now() - started);
    this.keepCookie(reply.setCookies);
    return reply;
  }

  private keepCookie(setCookies: string[]): void {
    for (const line of setCookies) {
      const pair = line.split(';')[0] ?? '';
      if (pair.startsWith('sim_session=')) this.cookie = pair;
    }
  }
}

/** Idle connections are dropped after 4 s, before the server's own 5 s keep-alive limit can race a reuse. */
export function newAgent(): Agent {
  return new Agent({ keepAlive: true, maxSockets: Infinity, timeout: 4_000 });
}

/**
 * Opens `count` connections before the run is timed, as a browser already
 * has its connection. Without it, a simulator in the same process as its 200
 * clients accepts new connections only between busy turns, and the first
 * requests wait seconds for the run's whole length: a property of one shared
 * thread, not of the simulator. Returns the milliseconds it took.
 */
export async function openConnections(run: Run, count: number): Promise<number> {
  const started = performance.now();
  const warmUp: Run = { ...run, budget: { remaining: count }, latenciesMs: [] };
  await Promise.all(Array.from({ length: count }, () => new LoadClient(warmUp).request('GET', '/__sim/scenarios')));
  return performance.now() - started;
}

function send(
  url: URL,
  options: { method: string; headers: Record<string, string>; agent: Agent; timeout: number },
  body: string | undefined,
): Promise<Reply & { setCookies: string[] }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null, text, setCookies: res.headers['set-cookie'] ?? [] }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('temps maximal dépassé')));
    req.on('error', reject);
    req.end(body);
  });
}

/** Loopback only: the load script must never hammer another machine. */
export function isLoopback(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
