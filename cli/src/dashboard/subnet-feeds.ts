import type { Logger, MetagraphClient } from '@subnetkit/sdk';
import { followSubnet, type SubnetFeed } from './subnet-feed.js';

/** The subnets a dashboard follows, one {@link SubnetFeed} per netuid, started on first use. */
export type SubnetFeeds = {
  /** The feed of `netuid`, started now if it is not yet; rejects as `getMetagraph` does (nothing is kept then). */
  get(netuid: number): Promise<SubnetFeed>;
  /** Stops every feed. */
  close(): Promise<void>;
};

/**
 * Starts feeds on demand and shares them: concurrent requests for one subnet wait on the same start; a start that
 * fails (an unknown netuid) is forgotten, so the next request tries again.
 *
 * @example
 * const feeds = createSubnetFeeds(client, { historyLimit: 256, logger });
 * const feed = await feeds.get(1);
 * await feeds.close();
 */
export function createSubnetFeeds(
  client: MetagraphClient,
  options: { historyLimit: number; logger: Logger },
): SubnetFeeds {
  const feeds = new Map<number, Promise<SubnetFeed>>();
  let closed = false;
  return {
    get(netuid) {
      if (closed) return Promise.reject(new Error('the dashboard is closed'));
      let feed = feeds.get(netuid);
      if (feed === undefined) {
        feed = followSubnet(client, { netuid, ...options });
        feeds.set(netuid, feed);
        feed.then(
          () => options.logger.info({ netuid }, 'following subnet'),
          () => feeds.delete(netuid),
        );
      }
      return feed;
    },
    async close() {
      closed = true;
      const started = await Promise.allSettled(feeds.values());
      feeds.clear();
      await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : undefined)));
    },
  };
}
