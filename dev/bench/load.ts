/**
 * One bounded autocannon run against a loopback server. The requests are
 * built once (no per-request setupRequest, so the load generator stays cheap)
 * and each connection starts at a different place in the list, so the live
 * sessions are spread across connections instead of hit in lockstep.
 */
import autocannon from 'autocannon';

export interface LoadRequest {
  path: string;
  cookie?: string;
}

export interface ThroughputOptions {
  connections: number;
  seconds: number;
}

export interface ThroughputResult {
  /** 2xx responses per second. */
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  responses: number;
  bytesPerResponse: number;
}

export function measureThroughput(url: string, requests: readonly LoadRequest[], options: ThroughputOptions): Promise<ThroughputResult> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`la charge ne va qu'à 127.0.0.1, pas à ${url}`);
  const list = requests.map((r) => ({ method: 'GET' as const, path: r.path, headers: r.cookie ? { cookie: r.cookie } : {} }));
  const stride = Math.max(1, Math.floor(list.length / options.connections));
  let clientIndex = 0;
  return new Promise((done, fail) => {
    const instance = autocannon(
      {
        url,
        connections: options.connections,
        duration: options.seconds,
        timeout: 10,
        requests: list,
        setupClient: (client) => {
          const offset = (clientIndex++ * stride) % list.length;
          client.setRequests([...list.slice(offset), ...list.slice(0, offset)]);
        },
      },
      (error, result) => {
        clearTimeout(watchdog);
        if (error) return fail(error instanceof Error ? error : new Error(String(error)));
        const bad = result.non2xx + result.errors;
        if (bad > 0 || result['2xx'] === 0) {
          return fail(
            new Error(
              `${url} : ${result.non2xx} réponses non 2xx, ${result.errors} erreurs, ${result.timeouts} délais dépassés sur ${result['2xx'] + bad}`,
            ),
          );
        }
        done({
          rps: result['2xx'] / result.duration,
          p50: result.latency.p50,
          p99: result.latency.p99,
          mean: result.latency.average,
          responses: result['2xx'],
          bytesPerResponse: result.throughput.total / result['2xx'],
        });
      },
    );
    // Bounded whatever happens: autocannon stops itself at `duration`, this is the belt to those braces.
    const watchdog = setTimeout(() => instance.stop(), (options.seconds + 20) * 1000);
  });
}
