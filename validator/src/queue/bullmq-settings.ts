import { parseRedisConnection, type RedisConnection } from './redis-connection.js';

/** What the coordinator and its workers must agree on to share a queue. */
export type BullmqQueueLocation = {
  /** A Redis URL, `redis+cluster://a:port,b:port,…`, a list of cluster node URLs, or a parsed connection. */
  connection: string | readonly string[] | RedisConnection;
  /** Prefix of every key. In a Redis Cluster it is wrapped in `{…}` (a hash tag), so a queue's keys share a slot. Default `subnetkit`. */
  prefix?: string;
  /** Queue name; validators of different subnets on one Redis may share it, job ids include the netuid. Default `query`. */
  queueName?: string;
};

/**
 * Resolves a {@link BullmqQueueLocation}'s defaults: the parsed connection, the key prefix (hash-tagged on a
 * cluster) and the queue name.
 *
 * @example
 * resolveQueueLocation({ connection: 'redis+cluster://a:7000,b:7000' }).prefix; // '{subnetkit}'
 */
export function resolveQueueLocation(location: BullmqQueueLocation): {
  connection: RedisConnection;
  prefix: string;
  queueName: string;
} {
  const connection =
    typeof location.connection === 'object' && 'kind' in location.connection
      ? location.connection
      : parseRedisConnection(location.connection);
  const prefix = location.prefix ?? 'subnetkit';
  return {
    connection,
    prefix: connection.kind === 'cluster' && !/\{.+\}/.test(prefix) ? `{${prefix}}` : prefix,
    queueName: location.queueName ?? 'query',
  };
}
