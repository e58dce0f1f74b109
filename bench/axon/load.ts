/**
 * A closed-loop HTTP load generator: `concurrency` clients on keep-alive sockets each send the next
 * prepared request as soon as their previous one is answered.
 */
import { Agent, request } from 'node:http';

/** One request to replay. */
export interface LoadRequest {
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Throughput and latency of a run. */
export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Responses with another status than 200. */
  readonly failures: number;
}

/** The q-quantile (0..1) of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/**
 * Sends every request once against `port` with `concurrency` clients.
 *
 * @example
 * const result = await load(port, prepared, 32);
 */
export async function load(
  port: number,
  requests: readonly LoadRequest[],
  concurrency: number,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const one = (r: LoadRequest) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: r.path,
          method: 'POST',
          agent,
          headers: {
            ...r.headers,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(r.body),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(r.body);
    });
  const client = async () => {
    while (next < requests.length) {
      const r = requests[next++];
      const started = performance.now();
      const status = await one(r);
      latencies.push(performance.now() - started);
      if (status !== 200) failures++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: requests.length,
    seconds,
    perSecond: requests.length / seconds,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    failures,
  };
}
