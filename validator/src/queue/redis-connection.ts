import { shortMessageOf } from '@subnetkit/errors';
import { Cluster, Redis } from 'ioredis';
import { ValidatorError } from '../validator-error.js';

/** Where the Redis back end lives: one server, or the seed nodes of a Redis Cluster. */
export type RedisConnection =
  | { kind: 'server'; url: string }
  | {
      kind: 'cluster';
      /** Seed nodes; ioredis discovers the rest of the cluster from them. */
      nodes: Array<{ host: string; port: number }>;
      username?: string;
      password?: string;
      tls: boolean;
    };

const clusterSchemes = new Map([
  ['redis+cluster:', false],
  ['rediss+cluster:', true],
]);

/**
 * Parses the `--redis` value: `redis://host:port[/db]` or `rediss://…` for one server; for a Redis Cluster,
 * `redis+cluster://host1:port1,host2:port2,…` (`rediss+cluster://` for TLS) or a list of two or more server URLs.
 * Throws `VALIDATOR_QUEUE_URL_INVALID` for anything else.
 *
 * @example
 * parseRedisConnection('redis://127.0.0.1:6379'); // { kind: 'server', url: 'redis://127.0.0.1:6379' }
 * parseRedisConnection('redis+cluster://10.0.0.1:7000,10.0.0.2:7000');
 * // { kind: 'cluster', nodes: [{ host: '10.0.0.1', port: 7000 }, { host: '10.0.0.2', port: 7000 }], tls: false }
 */
export function parseRedisConnection(input: string | readonly string[]): RedisConnection {
  const urls = typeof input === 'string' ? [input] : input;
  if (urls.length === 0) throw invalid(String(input), 'no URL given');
  if (urls.length > 1) {
    const servers = urls.map((url) => serverUrl(url));
    const first = servers[0] as URL;
    return clusterOf(
      servers.map(nodeOf),
      first,
      servers.every((server) => server.protocol === 'rediss:'),
    );
  }
  const url = urls[0] as string;
  const scheme = /^[a-z+]+:/i.exec(url)?.[0].toLowerCase() ?? '';
  const tls = clusterSchemes.get(scheme);
  if (tls === undefined) {
    serverUrl(url);
    return { kind: 'server', url };
  }
  const afterScheme = url.slice(scheme.length + 2);
  const authorityEnd = afterScheme.search(/[/?#]/);
  const authority = authorityEnd === -1 ? afterScheme : afterScheme.slice(0, authorityEnd);
  const rest = authorityEnd === -1 ? '' : afterScheme.slice(authorityEnd);
  if (!url.startsWith(`${scheme}//`) || (rest !== '' && rest !== '/')) {
    throw invalid(url, 'expected redis+cluster://host:port,host:port,… with no path');
  }
  const at = authority.lastIndexOf('@');
  const credentials = new URL(`redis://${authority.slice(0, at + 1)}placeholder`);
  const nodes = authority
    .slice(at + 1)
    .split(',')
    .map((hostPort) => nodeOf(serverUrl(`redis://${hostPort}`, url)));
  return clusterOf(nodes, credentials, tls);
}

/**
 * Opens an ioredis client for a parsed connection, set up as BullMQ needs (`maxRetriesPerRequest: null`) and
 * reconnecting forever with a backoff capped at `maxReconnectDelayMs`.
 *
 * @example
 * const redis = createRedisClient(parseRedisConnection('redis://127.0.0.1:6379'));
 * await redis.ping();
 * redis.disconnect();
 */
export function createRedisClient(connection: RedisConnection, maxReconnectDelayMs = 1_000): Redis | Cluster {
  return openRedis(connection, (times) => Math.min(50 * 2 ** times, maxReconnectDelayMs), {
    maxRetriesPerRequest: null,
  });
}

/**
 * Connects once to the Redis (or the cluster's seed nodes) of a parsed connection and sends `PING`, without
 * retrying; rejects with `VALIDATOR_QUEUE_REDIS_UNAVAILABLE` (the cause's words in the message) when nothing
 * answers within `timeoutMs`: a refused port, an unknown host, a wrong password. The validator and its workers call
 * it at start, so a missing Redis stops them at once instead of leaving them waiting on a queue that never
 * connects (once running, the queues ride out outages by themselves).
 *
 * @example
 * await pingRedis(parseRedisConnection('redis://127.0.0.1:6379'));
 */
export async function pingRedis(connection: RedisConnection, timeoutMs = 3_000): Promise<void> {
  const redis = openRedis(connection, () => null, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
  });
  let failure: unknown;
  redis.on('error', (error: unknown) => {
    failure ??= error;
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([redis.connect().then(() => redis.ping()), late]);
  } catch (error) {
    const cause = failure ?? error;
    throw new ValidatorError(
      'VALIDATOR_QUEUE_REDIS_UNAVAILABLE',
      `no Redis answered at ${describeRedisConnection(connection)} (${shortMessageOf(cause)})`,
      { cause },
    );
  } finally {
    clearTimeout(timer);
    redis.disconnect();
  }
}

/** An ioredis client (or cluster client) for a parsed connection, with the given retry strategy and options. */
function openRedis(
  connection: RedisConnection,
  retryStrategy: (times: number) => number | null,
  options: {
    maxRetriesPerRequest: number | null;
    lazyConnect?: boolean;
    connectTimeout?: number;
    enableOfflineQueue?: boolean;
  },
): Redis | Cluster {
  if (connection.kind === 'server') return new Redis(connection.url, { ...options, retryStrategy });
  const { lazyConnect, enableOfflineQueue } = options;
  return new Cluster(connection.nodes, {
    clusterRetryStrategy: retryStrategy,
    ...(lazyConnect === undefined ? {} : { lazyConnect }),
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
    redisOptions: {
      ...options,
      username: connection.username,
      password: connection.password,
      tls: connection.tls ? {} : undefined,
    },
  });
}

/**
 * A connection as text for logs, without the password.
 *
 * @example
 * describeRedisConnection(parseRedisConnection('redis://:secret@10.0.0.1:6379')); // 'redis://10.0.0.1:6379'
 */
export function describeRedisConnection(connection: RedisConnection): string {
  if (connection.kind === 'cluster') {
    const scheme = connection.tls ? 'rediss+cluster' : 'redis+cluster';
    return `${scheme}://${connection.nodes.map(({ host, port }) => `${host}:${port}`).join(',')}`;
  }
  const url = new URL(connection.url);
  url.username = '';
  url.password = '';
  return url.toString();
}

function serverUrl(text: string, shownAs = text): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch (cause) {
    throw invalid(shownAs, 'not a URL', cause);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw invalid(
      shownAs,
      `scheme ${url.protocol} is not redis:, rediss:, redis+cluster: or rediss+cluster:`,
    );
  }
  if (url.hostname === '') throw invalid(shownAs, 'no host');
  return url;
}

function nodeOf(url: URL): { host: string; port: number } {
  return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port: url.port === '' ? 6379 : Number(url.port) };
}

function clusterOf(
  nodes: Array<{ host: string; port: number }>,
  credentials: URL,
  tls: boolean,
): RedisConnection {
  return {
    kind: 'cluster',
    nodes,
    ...(credentials.username === '' ? {} : { username: decodeURIComponent(credentials.username) }),
    ...(credentials.password === '' ? {} : { password: decodeURIComponent(credentials.password) }),
    tls,
  };
}

function invalid(url: string, why: string, cause?: unknown): ValidatorError {
  const shown = url.replace(/\/\/[^/@]*@/, '//…@'); // never log a password
  return new ValidatorError('VALIDATOR_QUEUE_URL_INVALID', `'${shown}' is not a Redis URL (${why})`, {
    cause,
  });
}
