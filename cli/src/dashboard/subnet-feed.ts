import type { Logger } from '@subnetkit/sdk';
import { type Metagraph, type MetagraphClient, watchMetagraph } from '@subnetkit/sdk';
import { appendEpochSample, type EpochSample } from './epoch-history.js';

/** A subnet the dashboard follows: the newest metagraph (with weights) and one sample per epoch since it started. */
export type SubnetFeed = {
  readonly netuid: number;
  /** The newest snapshot. */
  readonly current: Metagraph;
  /** Oldest first; the first sample is the epoch that was current when the feed started. */
  readonly history: readonly EpochSample[];
  stop(): Promise<void>;
};

/**
 * Follows a subnet with {@link watchMetagraph} (weights included): every update becomes `current` and goes into
 * the epoch history. Rejects like `getMetagraph` (e.g. `SDK_SUBNET_NOT_FOUND`) when the first read fails; later
 * refresh failures are logged once each and the next trigger retries.
 *
 * @example
 * const feed = await followSubnet(client, { netuid: 1, historyLimit: 256, logger });
 * console.log(feed.current.block, feed.history.length);
 * await feed.stop();
 */
export async function followSubnet(
  client: MetagraphClient,
  options: { netuid: number; historyLimit: number; logger: Logger },
): Promise<SubnetFeed> {
  const { netuid, historyLimit, logger } = options;
  let history: readonly EpochSample[] = [];
  const watcher = await watchMetagraph(client, {
    netuid,
    weights: true,
    onUpdate: (metagraph) => {
      history = appendEpochSample(history, metagraph, historyLimit);
    },
    onError: (error) => logger.warn({ err: error, netuid }, 'metagraph refresh failed'),
  });
  history = appendEpochSample(history, watcher.current, historyLimit);
  return {
    netuid,
    get current() {
      return watcher.current;
    },
    get history() {
      return history;
    },
    stop: () => watcher.stop(),
  };
}
